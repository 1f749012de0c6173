import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ShDataTable from '../../../src/components/ShDataTable.vue'

// Issue 4: `::ShDynamicTable` blocks style the table through these keys; renaming the tag keeps them working.
const rows = [
  { name: 'Ada', city: 'London' },
  { name: 'Grace', city: 'Oslo' },
]
const columns = [
  { name: 'name', title: 'Name', sortable: true },
  { name: 'city', title: 'City', filter: true },
]
const original = {
  wrapper: 'k-wrapper',
  header: 'k-header',
  base: 'k-base',
  footer: 'k-footer',
  search: 'k-search',
  filter: 'k-filter',
  table: 'k-table',
  thead: 'k-thead',
  tbody: 'k-tbody',
  tr: { base: 'k-tr-base', active: 'k-tr-active' },
  th: { base: 'k-th-base', padding: 'k-th-padding', color: 'k-th-color', font: 'k-th-font', size: 'k-th-size' },
  td: { base: 'k-td-base', padding: 'k-td-padding', color: 'k-td-color', font: 'k-td-font', size: 'k-td-size' },
  pagination: 'k-pagination',
}

describe('ShDataTable with the ui keys of ::ShDynamicTable', () => {
  it('given a class for every original key when rendered then each lands on its element and the rest of the defaults stay', () => {
    const wrapper = mount(ShDataTable, { props: { rows, columns, header: 'Head', footer: 'Foot', ui: original } })
    for (const slot of ['wrapper', 'header', 'base', 'footer', 'search', 'filter', 'table', 'thead', 'tbody', 'pagination'] as const) {
      expect(wrapper.get(`[data-slot="${slot}"]`).classes(), slot).toContain(original[slot])
    }
    for (const th of wrapper.findAll('th')) expect(th.classes()).toEqual(expect.arrayContaining(Object.values(original.th)))
    for (const td of wrapper.findAll('tbody td')) expect(td.classes()).toEqual(expect.arrayContaining(Object.values(original.td)))
    for (const tr of wrapper.findAll('tbody tr')) expect(tr.classes()).toEqual(expect.arrayContaining(Object.values(original.tr)))
    expect(wrapper.get('[data-slot="thead"]').classes()).toContain('sticky')
  })
})
