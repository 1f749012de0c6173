import { describe, expect, it } from 'vitest'
import { resolveColumns } from '../../../src/core/table/columns'
import { TableIndex } from '../../../src/core/table/engine'
import { csvField, neutralizeCell, toCsv, toJson } from '../../../src/core/table/export'
import { displayText } from '../../../src/core/table/values'
import { generateIprDeclarations } from '../../support/ipr-generator'
import { iprColumns } from '../../../src/core/ipr'
import { parseCsv } from '../../support/csv-parse'

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-', ''],
    [' - ', ''],
    ['Nokia', 'Nokia'],
  ])('given %j when exported then a spreadsheet cannot read it as a formula (%j)', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected)
  })

  it('given a negative number in a number column when exported then it stays a number', () => {
    expect(neutralizeCell('-12.5', true)).toBe('-12.5')
    expect(neutralizeCell('-1+1', true)).toBe("'-1+1")
  })

  it('given commas, quotes and line breaks when quoted then RFC 4180 rules apply', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"')
    expect(csvField('plain')).toBe('plain')
  })
})

describe('CSV export round trip', () => {
  const rows = generateIprDeclarations(400, 7)
  const columns = resolveColumns(iprColumns(), rows[0], 'Test').filter((column) => !column.hide)
  const table = new TableIndex(rows, columns)

  it('given a search, filter and sort when exported then parsing the CSV back gives the filtered view in order', () => {
    const view = table.query({ search: 'method', filters: { country_province: ['United States'] }, sort: { column: 'declaration_date', direction: 'desc' } })
    expect(view.indices.length).toBeGreaterThan(5)
    const csv = toCsv(rows, view.indices, columns)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const parsed = parseCsv(csv.slice(1))
    expect(parsed[0]).toEqual(columns.map((column) => column.title))
    const expected = Array.from(view.indices, (i) => columns.map((column) => neutralizeCell(displayText(rows[i]!, column))))
    expect(parsed.slice(1)).toEqual(expected)
    // Multi-line titles survive inside quotes.
    expect(parsed.slice(1).some((record) => record.some((field) => field.includes('\n')))).toBe(true)
  })

  it('given the matching rows when exported as JSON then values come back raw, keyed by column name', () => {
    const view = table.query({ filters: { company: ['Nordlicht Mobile Oy'] } })
    const parsed = JSON.parse(toJson(rows, view.indices, columns)) as Array<Record<string, unknown>>
    expect(parsed).toHaveLength(view.indices.length)
    expect(parsed[0]).toEqual(Object.fromEntries(columns.map((column) => [column.name, rows[view.indices[0]!]![column.name as 'company'] ?? null])))
  })
})
