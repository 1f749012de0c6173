import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import ShDataTable from '../../src/components/ShDataTable.vue'
import '../support/styles.css'

const kinds = ['gateway', 'meter', 'sensor']
const devices = Array.from({ length: 30 }, (_, i) => ({
  id: i + 1,
  name: `Device ${String(i + 1).padStart(2, '0')}`,
  kind: kinds[(i + 1) % 3]!,
}))
const columns = [
  { name: 'name', title: 'Name', sortable: true },
  { name: 'kind', title: 'Kind', filter: true, sortable: true },
]

const originalUrl = window.location.href
let wrappers: VueWrapper[] = []
afterEach(() => {
  for (const wrapper of wrappers) wrapper.unmount()
  wrappers = []
  document.body.replaceChildren()
  history.replaceState(history.state, '', originalUrl)
})

function setQuery(query: string) {
  history.replaceState(history.state, '', `${window.location.pathname}${query}`)
}

function mountTable(props: Record<string, unknown> = {}) {
  const host = document.createElement('div')
  document.body.append(host)
  const wrapper = mount(ShDataTable, { props: { rows: devices, columns, perPage: 3, syncUrl: true, ...props }, attachTo: host })
  wrappers.push(wrapper)
  return wrapper.element as HTMLElement
}

const names = (table: HTMLElement) => [...table.querySelectorAll('tbody tr[data-slot="tr"]')].map((row) => (row as HTMLTableRowElement).cells[0]!.textContent!.trim())
const nameHeader = (table: HTMLElement) => table.querySelectorAll('th')[0]!
const sortButton = (table: HTMLElement, title: string) => [...table.querySelectorAll<HTMLButtonElement>('th button')].find((button) => button.textContent!.includes(title))!
const nextPage = (table: HTMLElement) => table.querySelector<HTMLButtonElement>('button[aria-label="Next page"]')!
const query = () => Object.fromEntries(new URLSearchParams(window.location.search))

describe('ShDataTable syncUrl in Chromium', () => {
  it('given a query with search, filter, descending sort and page 2 when the table mounts then that view is shown', async () => {
    setQuery('?q=device&f.kind=sensor&sort=-name&page=2')
    const table = mountTable()
    await expect.poll(() => names(table)).toEqual(['Device 20', 'Device 17', 'Device 14'])
    expect(nameHeader(table).getAttribute('aria-sort')).toBe('descending')
    expect(table.textContent).toContain('Showing 4 to 6 of 10')
    expect((table.querySelector('input[type="search"]') as HTMLInputElement).value).toBe('device')
    // Reading the URL does not rewrite it.
    expect(window.location.search).toBe('?q=device&f.kind=sensor&sort=-name&page=2')
  })

  it('given a page size in the query when the table mounts then that many rows show', async () => {
    setQuery('?size=5')
    const table = mountTable()
    await expect.poll(() => names(table)).toHaveLength(5)
    expect(table.textContent).toContain('Showing 1 to 5 of 30')
  })

  it('given a mounted table when the user searches, sorts and pages then the query follows through replaceState, other parameters kept', async () => {
    setQuery('?keep=1')
    const length = history.length
    const table = mountTable()
    await expect.poll(() => names(table)).toHaveLength(3)

    await userEvent.type(table.querySelector('input[type="search"]')!, 'meter')
    await expect.poll(query).toEqual({ keep: '1', q: 'meter' })

    await userEvent.click(sortButton(table, 'Name'))
    await expect.poll(query).toEqual({ keep: '1', q: 'meter', sort: 'name' })
    expect(nameHeader(table).getAttribute('aria-sort')).toBe('ascending')

    await userEvent.click(nextPage(table))
    await expect.poll(query).toEqual({ keep: '1', q: 'meter', sort: 'name', page: '2' })
    expect(names(table)).toEqual(['Device 10', 'Device 13', 'Device 16'])

    await userEvent.click(sortButton(table, 'Name'))
    await expect.poll(() => query().sort).toBe('-name')
    expect(history.length).toBe(length)
  })

  it('given two tables with different prefixes when each is used then their keys do not clash', async () => {
    setQuery('?a.page=2&b.sort=-name')
    const first = mountTable({ syncUrl: 'a.' })
    const second = mountTable({ syncUrl: 'b.' })
    await expect.poll(() => names(first)).toEqual(['Device 04', 'Device 05', 'Device 06'])
    await expect.poll(() => names(second)).toEqual(['Device 30', 'Device 29', 'Device 28'])
    expect(nameHeader(first).hasAttribute('aria-sort')).toBe(false)
    expect(nameHeader(second).getAttribute('aria-sort')).toBe('descending')

    await userEvent.click(nextPage(second))
    await expect.poll(query).toEqual({ 'a.page': '2', 'b.sort': '-name', 'b.page': '2' })
    expect(names(first)).toEqual(['Device 04', 'Device 05', 'Device 06'])

    await userEvent.click(sortButton(first, 'Kind'))
    await expect.poll(query).toEqual({ 'a.page': '2', 'a.sort': 'kind', 'b.sort': '-name', 'b.page': '2' })
    expect(names(second)).toEqual(['Device 27', 'Device 26', 'Device 25'])
  })

  it('given syncUrl off when the user pages then the query string stays untouched', async () => {
    setQuery('?page=3')
    const table = mountTable({ syncUrl: false })
    await expect.poll(() => names(table)).toEqual(['Device 01', 'Device 02', 'Device 03'])
    await userEvent.click(nextPage(table))
    await expect.poll(() => names(table)).toEqual(['Device 04', 'Device 05', 'Device 06'])
    expect(window.location.search).toBe('?page=3')
  })
})
