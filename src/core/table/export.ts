import type { ResolvedColumn } from './columns'
import { rawValue, displayText } from './values'

/*
 * A spreadsheet reads a cell as a formula when its first character, after
 * any spaces or quotes it strips, is = + - or @ (tab, CR and LF start DDE
 * tricks). Full-width ＝ ＋ － ＠ are included although LibreOffice 7.4 reads
 * them as text (checked by hand): Excel's East Asian input handling cannot be
 * tested here, and the apostrophe costs nothing.
 */
const FORMULA_START = /^[\t\r\n]|^[\s"'\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/
/**
 * The same after a `;`, tab or line break inside the text: a spreadsheet
 * reading the file with another separator (LibreOffice with `;`, as many
 * European locales do) ignores our quotes around such a field and starts a
 * new cell there.
 */
const INNER_FORMULA = /([;\t\r\n][\s"'\u3000]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

/**
 * OWASP CSV-injection advice: a cell a spreadsheet would read as a formula
 * gets a leading `'`, and so does each part a `;` or line break could
 * split off. The OMA data's lone "-" placeholder means "nothing" and
 * is exported empty; plain numbers in number columns stay numbers.
 */
export function neutralizeCell(text: string, numeric = false): string {
  if (text.trim() === '-') return ''
  if (numeric && PLAIN_NUMBER.test(text)) return text
  const inner = text.replace(INNER_FORMULA, "$1'")
  return FORMULA_START.test(inner) ? `'${inner}` : inner
}

/**
 * A CSV field. Text is always quoted (quotes doubled), so neither `,` nor
 * the `;` that many European locales split on can cut a cell in two and
 * start a formula; only plain numbers of number columns go bare, so they
 * stay numbers.
 */
export function csvField(text: string, numeric = false): string {
  const cell = neutralizeCell(text, numeric)
  return numeric && PLAIN_NUMBER.test(cell) ? cell : `"${cell.replace(/"/g, '""')}"`
}

/** CSV with a UTF-8 BOM (so Excel reads accents), CRLF line ends, a header row of column titles. */
export function toCsv<Row>(rows: readonly Row[], indices: ArrayLike<number>, columns: ResolvedColumn<Row>[]): string {
  const lines = [columns.map((column) => csvField(column.title)).join(',')]
  for (let k = 0; k < indices.length; k++) {
    const row = rows[indices[k]!]!
    lines.push(columns.map((column) => csvField(displayText(row, column), column.type === 'number')).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** The matching rows as JSON objects keyed by column name, with the values as they came. */
export function toJson<Row>(rows: readonly Row[], indices: ArrayLike<number>, columns: ResolvedColumn<Row>[]): string {
  const out: Record<string, unknown>[] = []
  for (let k = 0; k < indices.length; k++) {
    const row = rows[indices[k]!]!
    const entry: Record<string, unknown> = {}
    for (const column of columns) entry[column.name] = rawValue(row, column) ?? null
    out.push(entry)
  }
  return JSON.stringify(out, null, 2)
}
