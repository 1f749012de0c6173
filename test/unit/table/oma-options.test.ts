import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ShDataTable from '../../../src/components/ShDataTable.vue'
import { TableIndex } from '../../../src/core/table/engine'
import { resolveColumns } from '../../../src/core/table/columns'
import { displayText } from '../../../src/core/table/values'

afterEach(() => {
  vi.restoreAllMocks()
})

const rows = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, name: `Row ${i + 1}`, date: i % 3 ? `2020-01-${String((i % 27) + 1).padStart(2, '0')}` : '' }))
const shownRows = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('tbody tr[data-slot="tr"]').length
const selectedSize = (wrapper: ReturnType<typeof mount>) => {
  const select = wrapper.get('select').element as HTMLSelectElement
  return select.options[select.selectedIndex]!.text
}
const sizeOptions = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('select option').map((option) => option.text())

describe('perPage as the OMA pages write it', () => {
  it.each([-1, 0])('given perPage %s when rendered then every row shows and "All" is selected, with no extra option', (perPage) => {
    const wrapper = mount(ShDataTable, { props: { rows, perPage } })
    expect(shownRows(wrapper)).toBe(30)
    expect(selectedSize(wrapper)).toBe('All')
    expect(sizeOptions(wrapper)).toEqual(['10', '25', '50', '100', 'All'])
  })

  it.each([-5, 2.5, Number.NaN])('given the unusable perPage %s when rendered then one warning names the prop and 10 rows show', (perPage) => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const wrapper = mount(ShDataTable, { props: { rows, perPage } })
    expect(shownRows(wrapper)).toBe(10)
    expect(selectedSize(wrapper)).toBe('10')
    expect(spy.mock.calls.filter(([message]) => String(message).includes('ShDataTable: perPage'))).toHaveLength(1)
  })
})

describe('typeData as a string', () => {
  it('given a subs column with typeData "tsLink" when rendered then each item shows its tsLink, as with ["tsLink"]', () => {
    const resources = [{ id: 1, links: [{ tsLink: 'https://a.example/1' }, { tsLink: 'https://a.example/2' }] }]
    for (const typeData of ['tsLink', ['tsLink']]) {
      const [column] = resolveColumns([{ name: 'links', type: 'subs', typeData }], undefined, 'ShDataTable')
      expect(displayText(resources[0]!, column!)).toBe('https://a.example/1\nhttps://a.example/2')
    }
  })
  it('given a url column with typeData "href" when rendered then the cell links there', () => {
    const wrapper = mount(ShDataTable, { props: { rows: [{ id: 1, name: 'Spec', href: 'https://spec.example' }], columns: [{ name: 'name', type: 'url', typeData: 'href' }] } })
    expect(wrapper.get('tbody a').attributes('href')).toBe('https://spec.example')
    expect(wrapper.get('tbody a').text()).toBe('Spec')
  })
})

describe('year filters', () => {
  it('given rows without a date when the year filter is listed then it offers years only, and the undated rows stay in the table', () => {
    const columns = resolveColumns([{ name: 'name' }, { name: 'date', formatColumValue: 'DY', filter: true }], undefined, 'ShDataTable')
    const result = new TableIndex(rows, columns).query({})
    expect(result.facets[0]!.values.map((value) => value.value)).toEqual(['2020'])
    expect(result.indices).toHaveLength(30)
  })
})

describe('the table has a name', () => {
  const nameOf = (wrapper: ReturnType<typeof mount>) => {
    const table = wrapper.get('table')
    const id = table.attributes('aria-labelledby')
    return id ? wrapper.get(`[id="${id}"]`).text() : table.attributes('aria-label')
  }
  it('given a header and no caption when rendered then the table is named by the header text', () => {
    expect(nameOf(mount(ShDataTable, { props: { rows, header: 'Member declarations' } }))).toBe('Member declarations')
  })
  it('given a caption when rendered then the caption names the table', () => {
    expect(nameOf(mount(ShDataTable, { props: { rows, header: 'Above', caption: 'Declarations by date' } }))).toBe('Declarations by date')
  })
  it('given neither when rendered then the table is still named', () => {
    expect(nameOf(mount(ShDataTable, { props: { rows } }))).toBe('Table')
  })
})
