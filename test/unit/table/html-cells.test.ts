import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, shallowRef } from 'vue'
import { htmlCells, ShConfigProvider, ShUi } from '../../../src'
import ShDataTable from '../../../src/components/ShDataTable.vue'
import ShIprTable from '../../../src/components/ShIprTable.vue'
import { resolveColumns } from '../../../src/core/table/columns'
import { toCsv } from '../../../src/core/table/export'
import { captureWarnings } from '../../support/warnings'

const warnings = captureWarnings()

// As the registry transforms write them: a link per file, plus what hostile data could add.
const rows = [
  { id: 1, name: 'LWM2M Security', files: '<a href="https://example.org/0.xml">XML</a> <em>v1.2</em><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 1">' },
  { id: 2, name: 'Device', files: '<a href="javascript:alert(1)">Bad</a><br>plain &amp; simple' },
]
const columns = [{ name: 'name' }, { name: 'files', title: 'Files', sortable: true }]
const cells = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('tbody tr[data-slot="tr"] td:nth-child(2)')
/** A table in an app that installed sh-ui's HTML cell renderer, as sh-ui/nuxt does. */
const withHtmlCells = (props: Record<string, unknown>) => mount(ShDataTable, { props, global: { plugins: [[ShUi, { htmlCells }]] } })

describe('HTML inside cell values', () => {
  it('given the htmlCells renderer and cells holding links and markup when rendered then they show safe HTML: links and emphasis, nothing executable', () => {
    const wrapper = withHtmlCells({ rows, columns })
    const [first, second] = cells(wrapper)
    expect(first!.get('a').attributes('href')).toBe('https://example.org/0.xml')
    expect(first!.find('em').text()).toBe('v1.2')
    expect(first!.find('script').exists()).toBe(false)
    expect(first!.find('img').exists()).toBe(false)
    expect(first!.html()).not.toContain('onerror')
    expect(second!.get('a').attributes('href')).toBeUndefined()
    expect(second!.find('br').exists()).toBe(true)
    expect(second!.text()).toContain('plain & simple')
    expect(wrapper.text()).not.toContain('<a href')
    expect(warnings.sh()).toEqual([])
  })

  it('given HTML cells when rendered then their links are styled as the table\'s links, and ui.cellHtml adds to that', () => {
    const wrapper = withHtmlCells({ rows, columns, ui: { cellHtml: 'text-xs' } })
    const markup = cells(wrapper)[0]!.get('[data-slot="cellHtml"]')
    expect(markup.classes()).toEqual(expect.arrayContaining(['[&_a[href]]:text-sh-link', '[&_a[href]]:underline', 'text-xs']))
    expect(markup.find('a').exists()).toBe(true)
  })

  it('given HTML cells when searched, sorted and exported then their text is used, not their tags', async () => {
    const wrapper = withHtmlCells({ rows, columns })
    await wrapper.get('input[type="search"]').setValue('href')
    expect(wrapper.findAll('tbody tr[data-slot="tr"]')).toHaveLength(0)
    await wrapper.get('input[type="search"]').setValue('simple')
    expect(wrapper.findAll('tbody tr[data-slot="tr"]').map((row) => row.find('td').text())).toEqual(['Device'])
    const resolved = resolveColumns(columns, rows[0], 'ShDataTable', htmlCells)
    const csv = toCsv(rows, Int32Array.from([0, 1]), resolved)
    expect(csv).toContain('XML v1.2')
    expect(csv).not.toContain('<a')
  })

  it('given a column with html: false when rendered then the markup shows as text, without a warning', () => {
    const wrapper = withHtmlCells({ rows, columns: [{ name: 'name' }, { name: 'files', html: false }] })
    expect(cells(wrapper)[0]!.find('a').exists()).toBe(false)
    expect(cells(wrapper)[0]!.text()).toContain('<a href="https://example.org/0.xml">XML</a>')
    expect(warnings.sh()).toEqual([])
  })

  it('given no HTML cell renderer when cells hold markup then it shows as text, nothing runs, and one warning names the column and the fix', () => {
    const wrapper = mount(ShDataTable, { props: { rows, columns } })
    const [first] = cells(wrapper)
    expect(first!.find('a').exists()).toBe(false)
    expect(first!.find('script').exists()).toBe(false)
    expect(first!.text()).toContain('<a href="https://example.org/0.xml">XML</a>')
    const shown = warnings.sh()
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatch(/^\[sh-ui\] ShDataTable: columns "files" holds HTML, shown as text; .*htmlCells/)
  })

  it('given an IPR table without a renderer when a declaration holds markup then the warning names ShIprTable', () => {
    mount(ShIprTable, { props: { declarations: [{ company: '<b>Acme</b>', title: 'T' }] } })
    expect(warnings.sh()).toEqual([expect.stringMatching(/^\[sh-ui\] ShIprTable: columns "company" holds HTML/)])
  })

  it('given a table inside a ShConfigProvider when its htmlCells is set later then the same cells render the markup', async () => {
    const renderer = shallowRef<typeof htmlCells>()
    const Page = defineComponent(() => () => h(ShConfigProvider, { htmlCells: renderer.value }, () => h(ShDataTable, { rows, columns })))
    const wrapper = mount(Page)
    expect(cells(wrapper)[0]!.find('a').exists()).toBe(false)
    renderer.value = htmlCells
    await nextTick()
    expect(cells(wrapper)[0]!.get('a').attributes('href')).toBe('https://example.org/0.xml')
  })

  it('given plain text cells and no renderer when rendered then nothing warns', () => {
    mount(ShDataTable, { props: { rows: [{ name: 'Plain', files: 'a < b, and 3 > 2' }], columns } })
    expect(warnings.sh()).toEqual([])
  })
})
