import { effectScope, nextTick, reactive, ref, shallowRef } from 'vue'
import { describe, expect, it } from 'vitest'
import { columnsKey } from '../../../src/core/table/column-key'
import { dataTableLabels as DEFAULT_LABELS } from '../../../src/core/labels'
import { tableSource, type TransformLookup } from '../../../src/core/table/source'
import { useDataTable, type DataTableInput, type DataTableState } from '../../../src/composables/useDataTable'
import { readSnapshot, type TableSnapshot } from '../../../src/core/table/snapshot'

type Person = { id: number; name: string; city: string }
const people: Person[] = [
  { id: 1, name: 'Ann', city: 'London' },
  { id: 2, name: 'Bob', city: 'Paris' },
  { id: 3, name: 'Cat', city: 'London' },
]

/** The headless table outside any component: plain refs, an effect scope, no DOM. */
function headless(input: Partial<DataTableInput<Person>>, data?: unknown, lookup: TransformLookup = {}) {
  const state: DataTableState = { globalFilter: ref(''), columnFilters: ref({}), sorting: ref(null), pagination: { page: ref(1), pageSize: ref(2) } }
  const props = reactive<DataTableInput<Person>>({ exportFileName: 'people', ...input })
  const fetched = { data: shallowRef<unknown>(data), error: ref<string>(), pending: ref(false), snapshot: shallowRef<TableSnapshot>() }
  const scope = effectScope()
  const table = scope.run(() => useDataTable<Person>(props, state, fetched, ref(DEFAULT_LABELS), ref(lookup)))!
  return { table, state, props, fetched }
}

describe('useDataTable without a component', () => {
  it('given rows on page 2 when the search changes then page 1 shows the matches and the change is announced', async () => {
    const { table, state } = headless({ rows: people })
    state.pagination.page.value = 2
    state.globalFilter.value = 'london'
    await nextTick()
    expect(state.pagination.page.value).toBe(1)
    expect(Array.from(table.pageIndices.value)).toEqual([0, 2])
    expect(table.announcement.value).toBe('2 results')
  })

  it('given a city filter when a sort is toggled twice then the rows run descending and the filter is announced', async () => {
    const { table, state } = headless({ rows: people, columns: [{ name: 'name', sortable: true }, { name: 'city', title: 'City', filter: true }] })
    state.columnFilters.value = { city: ['London'] }
    table.toggleSort({ name: 'name' })
    table.toggleSort({ name: 'name' })
    await nextTick()
    expect(table.ariaSort({ name: 'name' })).toBe('descending')
    expect(Array.from(table.result.value.indices)).toEqual([2, 0])
    expect(table.announcement.value).toBe('2 results, filtered by City (1)')
  })

  it('given a response and a dataField when loaded then its rows show, keyed by id', () => {
    const { table } = headless({ dataUrl: '/people.json', dataField: 'data.people' }, { data: { people } })
    expect(table.loading.value).toBe(false)
    expect(table.index.value.rows).toHaveLength(3)
    expect(table.rowKeyOf.value(people[1]!, 1)).toBe(2)
  })

  it('given the snapshot a server rendered when the search changes before the data arrives then the snapshot stays and the search applies once it arrives', async () => {
    const columns = [{ name: 'name', query: true }, { name: 'city', filter: true }]
    const server = headless({ dataUrl: '/people.json', columns }, people)
    const handed = server.table.serverHandover(false)
    const snapshot = readSnapshot('snapshot' in handed ? handed.snapshot : undefined)!
    const client = headless({ dataUrl: '/people.json', columns })
    client.fetched.snapshot.value = snapshot
    expect(client.table.loading.value).toBe(false)
    expect(client.table.total.value).toBe(3)
    expect(Array.from(client.table.pageIndices.value, (i) => client.table.index.value.rows[i]!.name)).toEqual(['Ann', 'Bob'])
    expect(client.table.result.value.facets[0]!.values).toEqual([{ value: 'London', count: 2 }, { value: 'Paris', count: 1 }])
    client.state.globalFilter.value = 'cat'
    await nextTick()
    expect(Array.from(client.table.pageIndices.value, (i) => client.table.index.value.rows[i]!.name)).toEqual(['Ann', 'Bob'])
    expect(client.table.announcement.value).toBe('')
    client.fetched.data.value = people
    client.fetched.snapshot.value = undefined
    await nextTick()
    expect(Array.from(client.table.pageIndices.value, (i) => client.table.index.value.rows[i]!.name)).toEqual(['Cat'])
    expect(client.table.announcement.value).toBe('1 result')
  })

  it('given a snapshot shown when an export is asked for then it waits for the full data and holds every row', async () => {
    const server = headless({ dataUrl: '/people.json' }, people)
    const handed = server.table.serverHandover(false)
    const client = headless({ dataUrl: '/people.json' })
    client.fetched.snapshot.value = 'snapshot' in handed ? handed.snapshot : undefined
    let exported = ''
    const done = client.table.loaded().then(() => (exported = client.table.exportFile('csv').body))
    await nextTick()
    expect(exported).toBe('')
    client.fetched.data.value = people
    client.fetched.snapshot.value = undefined
    await done
    expect(exported).toContain('Cat')
  })

  it('given a dataUrl still loading when read then the table is loading, not empty', () => {
    const { table } = headless({ dataUrl: '/people.json' })
    expect(table.loading.value).toBe(true)
  })

  it('given a filter when exported as CSV then the file holds the matching rows under the file name', () => {
    const { table, state } = headless({ rows: people, columns: [{ name: 'name' }, { name: 'city', filter: true }] })
    state.columnFilters.value = { city: ['Paris'] }
    const file = table.exportFile('csv')
    expect(file.name).toBe('people.csv')
    expect(file.body).toContain('Bob')
    expect(file.body).not.toContain('Ann')
  })

  it('given a facet function when another one replaces it in an equal configuration then the facets follow the new one', () => {
    const { table, props } = headless({ rows: people, columns: [{ name: 'city', filter: true, facet: () => 'Europe' }] })
    expect(table.result.value.facets[0]!.values.map((value) => value.value)).toEqual(['Europe'])
    props.columns = [{ name: 'city', filter: true, facet: (value) => `City of ${String(value)}` }]
    expect(table.result.value.facets[0]!.values.map((value) => value.value).sort()).toEqual(['City of London', 'City of Paris'])
  })

  it('given the same configuration written again inline when read then the resolved columns are kept', () => {
    const facet = (value: unknown) => String(value)
    const { table, props } = headless({ rows: people, columns: [{ name: 'city', filter: true, facet }] })
    const before = table.columns.value
    props.columns = [{ name: 'city', filter: true, facet }]
    expect(table.columns.value).toBe(before)
  })
})

describe('column keys and sources', () => {
  it('given two facet functions when keyed then the keys differ, and the same function keys the same', () => {
    const a = () => 'a'
    const b = () => 'a'
    expect(columnsKey([{ name: 'x', facet: a }])).not.toBe(columnsKey([{ name: 'x', facet: b }]))
    expect(columnsKey([{ name: 'x', facet: a }])).toBe(columnsKey([{ name: 'x', facet: a }]))
  })
  it('given a transform that throws when the source is read then the error says so', () => {
    const source = tableSource({ rows: [1], transform: () => { throw new Error('bad row') } })
    expect(source).toEqual({ rows: [], error: 'transform failed: bad row' })
  })
})
