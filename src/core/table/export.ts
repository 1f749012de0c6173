import type { ResolvedColumn } from './columns'
import { rawValue, displayText } from './values'

const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

/**
 * OWASP CSV-injection advice: a cell a spreadsheet would read as a formula
 * gets a leading `'`. The OMA data's lone "-" placeholder means "nothing" and
 * is exported empty; negative numbers in number columns stay numbers.
 */
export function neutralizeCell(text: string, numeric = false): string {
  if (text.trim() === '-') return ''
  if (numeric && PLAIN_NUMBER.test(text)) return text
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** RFC 4180 field: quoted when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV with a UTF-8 BOM (so Excel reads accents), CRLF line ends, a header row of column titles. */
export function toCsv<Row>(rows: readonly Row[], indices: ArrayLike<number>, columns: ResolvedColumn<Row>[]): string {
  const lines = [columns.map((column) => csvField(neutralizeCell(column.title))).join(',')]
  for (let k = 0; k < indices.length; k++) {
    const row = rows[indices[k]!]!
    lines.push(columns.map((column) => csvField(neutralizeCell(displayText(row, column), column.type === 'number'))).join(','))
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
