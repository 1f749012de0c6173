import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import ShDataTable from '../../src/components/ShDataTable.vue'
import '../support/styles.css'

const rows = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, name: `Row ${i + 1}` }))
let wrapper: VueWrapper | undefined
let page_: HTMLElement | undefined

afterEach(async () => {
  wrapper?.unmount()
  page_?.remove()
  history.replaceState(null, '', window.location.pathname + window.location.search)
  window.scrollTo(0, 0)
  await page.viewport(1280, 900)
})

/** A site page: an 80px sticky header, a long introduction, then the table. */
function sitePage(props: Record<string, unknown>) {
  page_ = document.createElement('div')
  page_.innerHTML = '<header style="position:sticky;top:0;height:80px;background:#eee;z-index:20">Site</header><div style="height:1500px">Intro</div><div id="host"></div><div style="height:1500px"></div>'
  document.body.append(page_)
  wrapper = mount(ShDataTable, { props: { rows, ...props }, attachTo: page_.querySelector('#host')! })
  const table = page_.querySelector('[data-slot="wrapper"]') as HTMLElement
  const search = page_.querySelector('input[type="search"]') as HTMLInputElement
  return { table, search }
}

describe('autofocusSearch', () => {
  it('given a wide screen when the page opens then the table sits just below the sticky header and the search box has focus', async () => {
    await page.viewport(1280, 900)
    const { table, search } = sitePage({ autofocusSearch: true })
    expect(Math.abs(table.getBoundingClientRect().top - 80)).toBeLessThan(2)
    expect(document.activeElement).toBe(search)
  })

  it('given a narrow screen when the page opens then the table scrolls into view but no keyboard is summoned', async () => {
    await page.viewport(800, 900)
    const { table, search } = sitePage({ autofocusSearch: true })
    expect(Math.abs(table.getBoundingClientRect().top - 80)).toBeLessThan(2)
    expect(document.activeElement).not.toBe(search)
  })

  it('given a URL with a hash when the page opens then neither scroll nor focus moves', async () => {
    history.replaceState(null, '', '#intro')
    const { search } = sitePage({ autofocusSearch: true })
    expect(window.scrollY).toBe(0)
    expect(document.activeElement).not.toBe(search)
  })

  it('given no autofocusSearch when the page opens then nothing moves', async () => {
    const { search } = sitePage({})
    expect(window.scrollY).toBe(0)
    expect(document.activeElement).not.toBe(search)
  })
})
