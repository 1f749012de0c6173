import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { resolveColumns } from '../../../src/core/table/columns'
import { neutralizeCell, toCsv } from '../../../src/core/table/export'

/*
 * CSV injection corpus, written for this test after the OWASP CSV-injection
 * page: formulas, DDE, the separators of comma and semicolon locales, line
 * breaks, leading spaces and quotes, full-width look-alikes.
 */
const PAYLOADS = [
  '=1+1', '+1+1', '-1+1', '@SUM(1+1)', '=HYPERLINK("http://127.0.0.1:9/x?"&A1,"Click")',
  "=cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", '=IMPORTXML(CONCAT("http://127.0.0.1:9/?v=",A1),"//a")',
  '\t=1+1', '\r=1+1', '\n=1+1', '\r\n=1+1', ' =1+1', '   +1+1', '"=1+1', "'=1+1", '" =1+1', '\u00a0=1+1', '\u3000=1+1',
  'a;=1+1', 'a,=1+1', 'a;"=1+1', 'a","=1+1', ';=1+1', ',=1+1', 'a\n=1+1', 'a\r\n;=1+1', 'x";=1+1;"',
  '＝1+1', '＋1+1', '－1+1', '＠SUM(1+1)', '=1+1;=2+2', 'DDE("cmd";"/C calc";"!A0")', '-', '- 3',
]
const BENIGN = ['Nokia', 'R&D, Oulu', 'say "hi"', 'line one\nline two', 'Ärger; Übel', '2024-05-01', 'e-mail', 'a+b=c']

const rowsOf = (texts: string[]) => texts.map((text, i) => ({ text, n: i % 2 ? -i - 0.5 : i }))
const columns = resolveColumns<{ text: string; n: number }>([{ name: 'text', title: '=Title+1' }, { name: 'n', title: '@n', type: 'number' }], undefined, 'Test')
const rows = rowsOf([...PAYLOADS, ...BENIGN])
const csv = toCsv(rows, rows.map((_, i) => i), columns)

/** What a spreadsheet checks: the first character after the spaces and quotes it may strip, also where a `;` or line break may split the field. */
const looksLikeFormula = (field: string) => field.split(/[;\t\r\n]/).some((part) => /^[\s"']*[=+\-@＝＋－＠]/.test(part) && !/^[\s"']*'/.test(part))

describe('CSV injection corpus, parsed back with csv-parse', () => {
  const records = parse(csv, { bom: true, relax_column_count: false }) as string[][]

  it('given hostile and benign cells, when exported and parsed back, then every cell comes back whole, neutralised where needed', () => {
    expect(records).toHaveLength(rows.length + 1)
    expect(records[0]).toEqual(["'=Title+1", "'@n"])
    expect(records.slice(1).map((record) => record[0])).toEqual(rows.map((row) => neutralizeCell(row.text.replace(/\r\n?/g, '\n'))))
    expect([...records[0]!, ...records.slice(1).map((record) => record[0]!)].filter(looksLikeFormula)).toEqual([])
  })
  it('given benign text, when exported and parsed back, then it is unchanged', () => {
    expect(records.slice(1 + PAYLOADS.length).map((record) => record[0])).toEqual(BENIGN)
  })
  it('given numbers in a number column, when exported, then they are bare numbers, negatives included', () => {
    expect(csv).toContain('"\'=1+1",0\r\n')
    expect(csv).toContain('"\'+1+1",-1.5\r\n')
    expect(records.slice(1).map((record) => Number(record[1]))).toEqual(rows.map((row) => row.n))
  })
  it('given every text field, when exported, then it is quoted, so a semicolon locale cannot split it', () => {
    const lines = csv.slice(1).split('\r\n').filter((line) => line && !line.startsWith('"')).length
    expect(lines).toBe(0)
  })
})

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync)
if (!soffice) console.log('notice: LibreOffice is not installed; the spreadsheet part of the CSV injection test is not run.')

/** Opens the CSV in LibreOffice Calc with the given separator and counts the cells it turned into formulas. */
function libreOfficeFormulas(separator: ',' | ';'): { formulas: number; flat: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sh-ui-csv-'))
  try {
    writeFileSync(join(dir, 'export.csv'), csv)
    // Tokens: separator, text delimiter ", UTF-8, line 1, formats, language, quoted-as-text off, special numbers on, ..., evaluate formulas on.
    const filter = `CSV:${separator.charCodeAt(0)},34,76,1,,1033,false,true,false,false,false,-1,true`
    const run = spawnSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=' + filter, '--convert-to', 'fods', '--outdir', dir, join(dir, 'export.csv')], { encoding: 'utf8' })
    const out = join(dir, 'export.fods')
    if (!existsSync(out)) throw new Error(`LibreOffice did not convert the CSV: ${run.stderr || run.stdout}`)
    const flat = readFileSync(out, 'utf8')
    return { formulas: flat.match(/table:formula=/g)?.length ?? 0, flat }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe.runIf(soffice)('CSV injection corpus, opened in LibreOffice Calc', () => {
  it.each([',', ';'] as const)('given the export opened with %j as separator, when Calc evaluates formulas, then no cell is a formula', (separator) => {
    const { formulas, flat } = libreOfficeFormulas(separator)
    // The file was read: the benign text is in the sheet.
    expect(flat).toContain('Nokia')
    expect(formulas).toBe(0)
  }, 180_000)
})
