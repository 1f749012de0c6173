import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveColumns, filterColumns } from '../../../src/core/table/columns'
import { extractRows } from '../../../src/core/table/data'
import { pageNumbers, pageWindow } from '../../../src/core/table/pagination'
import { getPath } from '../../../src/core/table/path'
import { readUrlState, writeUrlState } from '../../../src/core/table/url-state'
import { displayText, facetLabel, linkTarget } from '../../../src/core/table/values'
import { normalizeCountry } from '../../../src/core/ipr'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('pagination', () => {
  it('given 95 rows at 10 per page when on page 10 then rows 91 to 95 show', () => {
    expect(pageWindow(95, 10, 10)).toEqual({ page: 10, pageCount: 10, start: 90, end: 95 })
  })
  it('given a page past the end when windowed then the last page shows', () => {
    expect(pageWindow(30, 9, 10).page).toBe(3)
  })
  it('given All (0) when windowed then one page holds every row', () => {
    expect(pageWindow(1500, 3, 0)).toEqual({ page: 1, pageCount: 1, start: 0, end: 1500 })
  })
  it('given many pages when numbered then gaps replace the far pages', () => {
    expect(pageNumbers(5, 20)).toEqual([1, null, 4, 5, 6, null, 20])
    expect(pageNumbers(1, 4)).toEqual([1, 2, 3, 4])
    expect(pageNumbers(3, 3)).toEqual([1, 2, 3])
  })
})

describe('url state', () => {
  it('given table state when written and read back then it is the same and other parameters stay', () => {
    const state = { search: 'nokia 5,327', filters: { company: ['A & B', 'C'], country: [''] }, sort: { column: 'date', direction: 'desc' as const }, page: 3, pageSize: 25 }
    const query = writeUrlState('?lang=en&t.q=old', state, 't.')
    expect(query).toContain('lang=en')
    expect(readUrlState(query, 't.')).toEqual(state)
  })
  it('given default page and size when written then they are left out', () => {
    expect(writeUrlState('', { search: '', page: 1, pageSize: 10, sort: null, filters: {} })).toBe('')
  })
  it('given junk in the query string when read then it is ignored', () => {
    expect(readUrlState('?page=-4&size=abc&sort=')).toEqual({})
  })
})

describe('rows from a response', () => {
  it('given a dot path when extracted then the nested array is found', () => {
    expect(extractRows({ data: { users: [1, 2] } }, 'data.users')).toEqual({ ok: true, rows: [1, 2] })
  })
  it('given an empty dataField when extracted then the top-level array is used', () => {
    expect(extractRows([1], '')).toEqual({ ok: true, rows: [1] })
  })
  it('given a missing field when extracted then the message names it', () => {
    expect(extractRows({ items: [] }, 'users')).toEqual({ ok: false, message: 'The response has no field "users".' })
  })
  it('given a non-array when extracted then the message says so', () => {
    expect(extractRows({ users: 'x' }, 'users')).toMatchObject({ ok: false, message: expect.stringContaining('not a list') })
    expect(extractRows({ users: [] }, '')).toMatchObject({ ok: false, message: expect.stringContaining('dataField') })
  })
  it('given paths through arrays and nulls when read then they never throw', () => {
    expect(getPath({ a: [{ b: 1 }] }, 'a.0.b')).toBe(1)
    expect(getPath({ a: null }, 'a.b.c')).toBeUndefined()
  })
})

describe('columns', () => {
  it('given no columns when resolved then every key of the first row is a searchable text column', () => {
    const columns = resolveColumns(undefined, { a: 1, b: 2 }, 'Test')
    expect(columns.map((column) => [column.name, column.title, column.type, column.query])).toEqual([
      ['a', 'a', 'text', true],
      ['b', 'b', 'text', true],
    ])
  })
  it('given bad entries when resolved then they are skipped with a warning naming the component', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const columns = resolveColumns([{ name: 'a' }, { title: 'no name' }, { name: 'a' }, { name: 'b', type: 'weird' }], {}, 'ShDataTable')
    expect(columns.map((column) => column.name)).toEqual(['a', 'b'])
    expect(columns[1]!.type).toBe('text')
    expect(spy.mock.calls.map((call) => call[0]).join('\n')).toMatch(/ShDataTable: columns\[1\] needs a string name/)
  })
  it('given invalid JSON columns when resolved then the first row keys are used', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(resolveColumns('{oops', { x: 1 }, 'Test').map((column) => column.name)).toEqual(['x'])
  })
  it('given some columns with query set when resolved then the others are not searched', () => {
    const columns = resolveColumns([{ name: 'a', query: true }, { name: 'b' }, { name: 'c', query: false }], {}, 'Test')
    expect(columns.map((column) => column.query)).toEqual([true, false, false])
  })
  it('given a hidden column without query when resolved then it is not searched', () => {
    expect(resolveColumns([{ name: 'a', hide: true }], {}, 'Test')[0]!.query).toBe(false)
  })
  it('given filter orders when listed then quick filters follow them, unordered ones last', () => {
    const columns = resolveColumns([{ name: 'a', filter: true }, { name: 'b', filter: true, filterOrder: 2 }, { name: 'c', filter: true, filterOrder: 1 }], {}, 'Test')
    expect(filterColumns(columns).map((column) => column.name)).toEqual(['c', 'b', 'a'])
  })
})

describe('cell values', () => {
  const [year, link, mail, subs] = resolveColumns(
    [
      { name: 'releaseDate', formatColumValue: 'DY', filter: true },
      { name: 'fileName', type: 'url', typeData: ['url'] },
      { name: 'email', type: 'email' },
      { name: 'tags', type: 'subs', typeData: ['label'] },
    ],
    {},
    'Test',
  )
  const row = { releaseDate: '2021-02-10', fileName: 'spec.pdf', url: 'https://example.org/spec.pdf', email: 'a@b.org', tags: [{ label: 'x' }, { label: 'y' }] }

  it('given a DY column when shown and filtered then the year is used', () => {
    expect(displayText(row, year!)).toBe('2021')
    expect(facetLabel(row, year!)).toBe('2021')
  })
  it('given a url column with typeData when linked then the href comes from that field and the text from name', () => {
    expect(displayText(row, link!)).toBe('spec.pdf')
    expect(linkTarget(row, link!)).toBe('https://example.org/spec.pdf')
  })
  it('given an email column when linked then it becomes mailto, and junk does not', () => {
    expect(linkTarget(row, mail!)).toBe('mailto:a@b.org')
    expect(linkTarget({ email: 'javascript:alert(1)//@x' }, mail!)).toBeUndefined()
  })
  it('given a subs column when shown then each sub value is on its own line', () => {
    expect(displayText(row, subs!)).toBe('x\ny')
  })
})

describe('IPR country facets', () => {
  it.each([['US'], ['USA'], ['United States'], [' united  states of america ']])('given %j when normalised then it is United States', (value) => {
    expect(normalizeCountry(value)).toBe('United States')
  })
  it('given placeholders when normalised then they are undefined', () => {
    expect(normalizeCountry('-')).toBeUndefined()
    expect(normalizeCountry('')).toBeUndefined()
    expect(normalizeCountry(null)).toBeUndefined()
  })
  it('given an unknown or multi-country value when normalised then it passes through', () => {
    expect(normalizeCountry('DE, USA')).toBe('DE, USA')
  })
})
