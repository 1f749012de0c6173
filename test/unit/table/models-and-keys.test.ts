import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import ShDataTable from '../../../src/components/ShDataTable.vue'
import ShIprTable from '../../../src/components/ShIprTable.vue'
import { generateIprDeclarations } from '../../support/ipr-generator'

afterEach(() => {
  vi.restoreAllMocks()
})

const cities = ['London', 'Paris', 'Oslo']
const rows = Array.from({ length: 24 }, (_, i) => ({ code: `C${String(i + 1).padStart(2, '0')}`, name: `Member ${i + 1}`, city: cities[i % 3]! }))
const columns = [
  { name: 'name', title: 'Name', sortable: true, query: true },
  { name: 'city', title: 'City', filter: true },
]

const button = (wrapper: ReturnType<typeof mount>, name: string) => wrapper.findAll('button').find((b) => b.attributes('aria-label') === name || b.text() === name)!

describe('ShDataTable v-model', () => {
  it('given a parent listening to every model when the user searches, sorts, pages, resizes and filters then each change is emitted', async () => {
    const wrapper = mount(ShDataTable, { props: { rows, columns } })

    await wrapper.find('input[type="search"]').setValue('member')
    expect(wrapper.emitted('update:search')!.at(-1)).toEqual(['member'])

    await button(wrapper, 'Name').trigger('click')
    expect(wrapper.emitted('update:sort')!.at(-1)).toEqual([{ column: 'name', direction: 'asc' }])

    await button(wrapper, 'Next page').trigger('click')
    expect(wrapper.emitted('update:page')!.at(-1)).toEqual([2])

    await wrapper.find('select').setValue('25')
    expect(wrapper.emitted('update:pageSize')!.at(-1)).toEqual([25])

    const details = wrapper.find('details')
    ;(details.element as HTMLDetailsElement).open = true
    await details.trigger('toggle')
    await wrapper.find('[data-slot="filterCheckbox"]').setValue(true)
    expect(wrapper.emitted('update:filters')!.at(-1)).toEqual([{ city: ['London'] }])
  })
})

describe('Export downloads', () => {
  function captureDownloads() {
    const downloads: string[] = []
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download)
    })
    return downloads
  }

  it.each([
    ['member', 'oma-member-ipr-declarations.csv'],
    ['non-member', 'oma-non-member-ipr-declarations.csv'],
  ])('given a %s ShIprTable without a file name when Export CSV is pressed then the file is named after the page', async (variant, file) => {
    const downloads = captureDownloads()
    const wrapper = mount(ShIprTable, { props: { declarations: generateIprDeclarations(5, 2), variant: variant as 'member' } })
    await button(wrapper, 'Export CSV').trigger('click')
    expect(downloads).toEqual([file])
  })

  it('given a filter and a file name when Export JSON is pressed then <name>.json holds every matching row, not just the page', async () => {
    let blob: Blob | undefined
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const downloads: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download)
    })
    const wrapper = mount(ShDataTable, { props: { rows, columns, filters: { city: ['London'] }, pageSize: 5, exportFileName: 'members' } })
    await button(wrapper, 'Export JSON').trigger('click')
    expect(downloads).toEqual(['members.json'])
    const exported = JSON.parse(await blob!.text()) as Array<Record<string, unknown>>
    expect(exported).toHaveLength(8)
    expect(exported[0]).toEqual({ name: 'Member 1', city: 'London' })
  })
})

describe('ShIprTable v-model', () => {
  it('given a parent bound to the preset when the user searches and sorts then the preset emits the changes', async () => {
    const wrapper = mount(ShIprTable, { props: { declarations: generateIprDeclarations(12, 4) } })
    await wrapper.find('input[type="search"]').setValue('method')
    expect(wrapper.emitted('update:search')!.at(-1)).toEqual(['method'])
    await button(wrapper, 'Company').trigger('click')
    expect(wrapper.emitted('update:sort')!.at(-1)).toEqual([{ column: 'company', direction: 'asc' }])
  })
})

describe('ShIprTable slots', () => {
  it('given cell and header slots on the preset when rendered then they reach the table cells and headers', () => {
    const wrapper = mount(ShIprTable, {
      props: { declarations: generateIprDeclarations(3, 6) },
      slots: { 'cell-company': ({ text }: { text: string }) => h('strong', `Co: ${text}`), 'header-patent': () => 'Patent no.' },
    })
    expect(wrapper.findAll('tbody strong').map((cell) => cell.text())).toHaveLength(3)
    expect(wrapper.get('tbody strong').text()).toMatch(/^Co: \S/)
    expect(wrapper.findAll('th').map((th) => th.text())).toContain('Patent no.')
  })
})

describe('ShDataTable rowKey', () => {
  // An input in a cell slot keeps what was typed only if its row element follows the row's key.
  const slots = { 'cell-name': ({ text }: { text: string }) => [text, h('input', { 'aria-label': `Note for ${text}` })] }
  const noteOf = (wrapper: ReturnType<typeof mount>, name: string) => (wrapper.find(`input[aria-label="Note for ${name}"]`).element as HTMLInputElement).value

  it.each([
    ['a dot path', 'code'],
    ['a function', (row: { code: string }) => row.code],
  ])('given rowKey as %s when the rows are re-sorted then state inside each row stays with that row', async (_label, rowKey) => {
    const few = rows.slice(0, 3)
    const wrapper = mount(ShDataTable, { props: { rows: few, columns, rowKey: rowKey as never }, slots })
    await wrapper.find('input[aria-label="Note for Member 1"]').setValue('first')
    await button(wrapper, 'Name').trigger('click')
    await button(wrapper, 'Name').trigger('click')
    await flushPromises()
    expect(wrapper.findAll('tbody tr').map((row) => row.find('td').text())).toEqual(['Member 3', 'Member 2', 'Member 1'])
    expect(noteOf(wrapper, 'Member 1')).toBe('first')
    expect(noteOf(wrapper, 'Member 3')).toBe('')
  })
})
