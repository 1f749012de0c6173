import { describe, expect, it } from 'vitest'
import { resolveColumns } from '../../../src/core/table/columns'
import { TableIndex } from '../../../src/core/table/engine'
import { UNDEFINED_FACET } from '../../../src/core/table/values'

type Row = { company: string | null; country: string | null; patent: string; year?: string; size?: number | string | null }

const rows: Row[] = [
  { company: 'Nokia', country: 'FI', patent: '5,327,529', year: '30-Nov-04', size: 10 },
  { company: 'Ericsson', country: 'SE', patent: '6,714,793', year: '3-Jun-11', size: '9' },
  { company: 'Nokia', country: 'US', patent: '7,000,001', year: 'Aug-12', size: null },
  { company: 'Müller AG', country: '-', patent: '8,100,000', year: '-', size: 100 },
  { company: null, country: 'FI', patent: '9,000,000', year: '29 May, 2004', size: '1,000' },
]

const columns = resolveColumns<Row>(
  [
    { name: 'company', filter: true, filterOrder: 2, sortable: true },
    { name: 'country', filter: true, filterOrder: 1, sortable: true },
    { name: 'patent', sortable: true },
    { name: 'year', type: 'date', sortable: true },
    { name: 'size', type: 'number', sortable: true },
  ],
  rows[0],
  'Test',
)
const index = () => new TableIndex(rows, columns)
const companies = (indices: Int32Array) => Array.from(indices, (i) => rows[i]!.company)

describe('TableIndex search', () => {
  it('given a number without commas when searched then the row with the grouped number is found', () => {
    expect(companies(index().query({ search: '5327529' }).indices)).toEqual(['Nokia'])
  })

  it('given two words when searched then only rows containing both match', () => {
    expect(companies(index().query({ search: 'nokia 7000' }).indices)).toEqual(['Nokia'])
    expect(index().query({ search: 'nokia ericsson' }).indices.length).toBe(0)
  })

  it('given an unaccented query when searched then accented values match', () => {
    expect(companies(index().query({ search: 'MULLER' }).indices)).toEqual(['Müller AG'])
  })

  it('given a query typed letter by letter when it narrows and widens then the results are the same as from scratch', () => {
    const table = index()
    for (const query of ['n', 'no', 'nok', 'nokia', 'nok', 'e', 'er']) {
      expect(Array.from(table.query({ search: query }).indices)).toEqual(Array.from(index().query({ search: query }).indices))
    }
  })

  it('given a warm-up interrupted by its time budget when searched then every row is still searched', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...rows[i % rows.length]!, patent: `P-${i}` }))
    const table = new TableIndex(many, columns)
    expect(table.warm(-1)).toBe(false)
    expect(Array.from(table.query({ search: 'p-999' }).indices)).toEqual([999])
    expect(table.query({ search: 'nokia' }).indices.length).toBe(400)
    expect(table.warm(-1)).toBe(true)
  })

  it('given a column with query false when searched then its text is not matched', () => {
    const hidden = resolveColumns<Row>([{ name: 'company' }, { name: 'patent', query: false }], rows[0], 'Test')
    expect(new TableIndex(rows, hidden).query({ search: '5327529' }).indices.length).toBe(0)
  })
})

describe('TableIndex facets', () => {
  it('given no filters when queried then quick filters follow filterOrder with every value counted and empties as Undefined last', () => {
    const { facets } = index().query({})
    expect(facets.map((facet) => facet.column.name)).toEqual(['country', 'company'])
    expect(facets[0]!.values).toEqual([
      { value: 'FI', count: 2 },
      { value: 'SE', count: 1 },
      { value: 'US', count: 1 },
      { value: UNDEFINED_FACET, count: 1 },
    ])
    expect(facets[1]!.values.at(-1)).toEqual({ value: UNDEFINED_FACET, count: 1 })
  })

  it('given two values of one column when filtered then they are OR-ed', () => {
    expect(companies(index().query({ filters: { country: ['SE', 'US'] } }).indices)).toEqual(['Ericsson', 'Nokia'])
  })

  it('given filters in two columns when filtered then they are AND-ed', () => {
    expect(companies(index().query({ filters: { country: ['FI'], company: ['Nokia'] } }).indices)).toEqual(['Nokia'])
  })

  it('given a country filter when counting then the company counts reflect it and the country counts ignore it', () => {
    const { facets } = index().query({ filters: { country: ['FI'] } })
    const count = (column: number, value: string) => facets[column]!.values.find((entry) => entry.value === value)?.count
    expect(count(1, 'Nokia')).toBe(1)
    expect(count(1, 'Ericsson')).toBe(0)
    expect(count(0, 'SE')).toBe(1)
    expect(count(0, 'FI')).toBe(2)
  })

  it('given a search when counting then only matching rows are counted', () => {
    const { facets } = index().query({ search: 'nokia' })
    expect(facets[0]!.values.filter((entry) => entry.count).map((entry) => entry.value)).toEqual(['FI', 'US'])
  })

  it('given the Undefined facet selected when filtered then rows with -, empty or null match', () => {
    expect(companies(index().query({ filters: { country: [UNDEFINED_FACET] } }).indices)).toEqual(['Müller AG'])
  })

  it('given a value in another case when filtered then it still matches', () => {
    expect(index().query({ filters: { company: ['NOKIA'] } }).indices.length).toBe(2)
  })

  it('given facet counts when summed then they add up to the matching rows', () => {
    const result = index().query({ search: 'o' })
    for (const facet of result.facets) expect(facet.values.reduce((sum, entry) => sum + entry.count, 0)).toBe(result.indices.length)
  })
})

describe('TableIndex sort', () => {
  it('given a text column when sorted ascending then empties come last and ties keep their order', () => {
    const order = index().query({ sort: { column: 'company', direction: 'asc' } }).indices
    expect(Array.from(order)).toEqual([1, 3, 0, 2, 4])
  })

  it('given a text column when sorted descending then empties still come last and ties keep row order', () => {
    const order = index().query({ sort: { column: 'company', direction: 'desc' } }).indices
    expect(Array.from(order)).toEqual([0, 2, 3, 1, 4])
  })

  it('given a date column when sorted then dates are chronological across formats and placeholders last', () => {
    const order = index().query({ sort: { column: 'year', direction: 'asc' } }).indices
    expect(Array.from(order, (i) => rows[i]!.year)).toEqual(['29 May, 2004', '30-Nov-04', '3-Jun-11', 'Aug-12', '-'])
  })

  it('given a number column with numbers and numeric text when sorted then it is numeric', () => {
    const order = index().query({ sort: { column: 'size', direction: 'desc' } }).indices
    expect(Array.from(order, (i) => rows[i]!.size)).toEqual(['1,000', 100, 10, '9', null])
  })

  it('given text with numbers when sorted then numeric collation puts V1_10 after V1_9', () => {
    const versions = [{ v: 'V1_10' }, { v: 'V1_9' }, { v: 'v1_2' }]
    const table = new TableIndex(versions, resolveColumns([{ name: 'v', sortable: true }], versions[0], 'Test'))
    expect(Array.from(table.query({ sort: { column: 'v', direction: 'asc' } }).indices, (i) => versions[i]!.v)).toEqual(['v1_2', 'V1_9', 'V1_10'])
  })

  it('given a sort and a filter when queried then the filtered rows keep the sort order', () => {
    const result = index().query({ sort: { column: 'patent', direction: 'desc' }, filters: { country: ['FI'] } })
    expect(Array.from(result.indices)).toEqual([4, 0])
  })

  it('given spellings the collator calls equal when sorted then they tie and keep their row order', () => {
    const names = [{ v: 'NOKIA' }, { v: 'Ericsson' }, { v: 'Nokia' }, { v: 'nokia' }]
    const table = new TableIndex(names, resolveColumns([{ name: 'v', sortable: true }], names[0], 'Test'))
    expect(Array.from(table.query({ sort: { column: 'v', direction: 'desc' } }).indices)).toEqual([0, 2, 3, 1])
  })

  it('given patent numbers, accents and punctuation when sorted then the order is exactly Intl.Collator numeric order', () => {
    const values = ['5,327,529', '10,000', '5,327,600', 'EP 2367370', 'ep 236', '-x', '#1', 'Åland', 'Zeta', 'alpha 10', 'alpha 9', 'B-2', 'B_2', '(a)', '2367370', 'Ölund', 'o']
    const data = values.map((v) => ({ v }))
    const table = new TableIndex(data, resolveColumns([{ name: 'v', sortable: true }], data[0], 'Test'))
    const sorted = Array.from(table.query({ sort: { column: 'v', direction: 'asc' } }).indices, (i) => values[i]!)
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
    expect(sorted).toEqual([...values].sort(collator.compare))
  })

  it('given an unknown sort column when queried then rows keep their order', () => {
    expect(Array.from(index().query({ sort: { column: 'nope', direction: 'asc' } }).indices)).toEqual([0, 1, 2, 3, 4])
  })
})
