import type { ResolvedColumn } from './columns'
import { parseDate } from './dates'
import { getPath } from './path'
import { warn } from '../warn'

/** What a cell shows for any JSON value: text only, never markup. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (Array.isArray(value)) return value.map(cellText).filter(Boolean).join(', ')
  try {
    return JSON.stringify(value)
  } catch {
    return ''
  }
}

/** Placeholders the OMA data uses for "nothing declared". */
export function isEmptyText(text: string): boolean {
  const trimmed = text.trim()
  return trimmed === '' || trimmed === '-' || trimmed === '—' || trimmed === '–'
}

/** The facet key of empty values; shown as "Undefined". */
export const UNDEFINED_FACET = ''

export function rawValue<Row>(row: Row, column: ResolvedColumn<Row>): unknown {
  return getPath(row, column.path)
}

/**
 * The text a cell shows: what was declared, except `DY` columns, which show
 * the year. Line ends become `\n`: HTML parsing turns `\r\n` into `\n`, so
 * server-rendered text would otherwise never match it during hydration.
 */
export function displayText<Row>(row: Row, column: ResolvedColumn<Row>): string {
  const text = cellLines(row, column)
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

function cellLines<Row>(row: Row, column: ResolvedColumn<Row>): string {
  const value = rawValue(row, column)
  if (column.yearOnly) {
    const year = parseDate(value)?.year
    return year === undefined ? cellText(value) : String(year)
  }
  const markup = htmlOf(value, column)
  if (markup !== undefined) return column.htmlCells!.text(markup)
  if (column.type === 'subs' && Array.isArray(value)) {
    const sub = column.subPath
    return value.map((item) => cellText(sub ? getPath(item, sub) : item)).filter(Boolean).join('\n')
  }
  return cellText(value)
}

/** Values that look like markup: a tag, a comment or a character reference. */
const MARKUP = /<[a-zA-Z/!]|&#?\w+;/

/** Whether the column renders values holding markup as HTML: text and url columns, unless `html: false`. */
function allowsMarkup<Row>(column: ResolvedColumn<Row>): boolean {
  return column.html && (column.type === 'text' || column.type === 'url')
}

/**
 * The cell's value when it is HTML for the app's renderer (`column.htmlCells`): a string with markup in a
 * column that allows it. Without a renderer the markup shows as text, as with `html: false`.
 */
export function htmlOf<Row>(value: unknown, column: ResolvedColumn<Row>): string | undefined {
  if (!column.htmlCells || !allowsMarkup(column) || typeof value !== 'string') return undefined
  return MARKUP.test(value) ? value : undefined
}

/** Dev mode: names each column whose markup shows as text only because the app installed no renderer. */
export function warnMarkupAsText<Row>(rows: readonly Row[], columns: readonly ResolvedColumn<Row>[], component: string): void {
  for (const column of columns) {
    if (column.htmlCells || !allowsMarkup(column)) continue
    const holdsMarkup = rows.some((row) => {
      const value = rawValue(row, column)
      return typeof value === 'string' && MARKUP.test(value)
    })
    if (holdsMarkup) {
      warn(component, `columns "${column.name}" holds HTML, shown as text; to render it, pass the htmlCells renderer `
        + '(app.use(ShUi, { htmlCells }) or <ShConfigProvider :html-cells="htmlCells">; sh-ui/nuxt does), or set html: false.')
    }
  }
}

/** The link target of a url/email cell before `safeUrl`; undefined for other types. */
export function linkTarget<Row>(row: Row, column: ResolvedColumn<Row>): string | undefined {
  if (column.type === 'url') {
    const target = column.hrefPath ? getPath(row, column.hrefPath) : rawValue(row, column)
    return typeof target === 'string' && !isEmptyText(target) ? target.trim() : undefined
  }
  if (column.type === 'email') {
    const address = cellText(rawValue(row, column)).trim()
    return /^[^\s@:/]+@[^\s@:/]+$/.test(address) ? `mailto:${address}` : undefined
  }
  return undefined
}

/** What the quick filter groups a row under; `UNDEFINED_FACET` for empty values. */
export function facetLabel<Row>(row: Row, column: ResolvedColumn<Row>): string {
  const value = rawValue(row, column)
  if (column.facet) {
    const custom = column.facet(value, row)
    return typeof custom === 'string' && !isEmptyText(custom) ? custom.trim() : UNDEFINED_FACET
  }
  if (isYearColumn(column)) {
    const year = parseDate(value)?.year
    return year === undefined ? UNDEFINED_FACET : String(year)
  }
  const text = displayText(row, column)
  return isEmptyText(text) ? UNDEFINED_FACET : text.trim().replace(/\s+/g, ' ')
}

/**
 * A numeric sort key, or NaN for empty and unreadable values (sorted last).
 * Text columns return NaN here: they are ranked by `Intl.Collator` instead.
 */
export function numericKey<Row>(row: Row, column: ResolvedColumn<Row>): number {
  const value = rawValue(row, column)
  if (isYearColumn(column)) return parseDate(value)?.time ?? Number.NaN
  if (column.type === 'number') {
    if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN
    const text = cellText(value).replace(/[,\s]/g, '')
    return text && !isEmptyText(text) ? Number(text) : Number.NaN
  }
  return Number.NaN
}

/** Date columns filter by year. */
export function isYearColumn<Row>(column: ResolvedColumn<Row>): boolean {
  return column.type === 'date' || column.yearOnly
}

export function isNumericColumn<Row>(column: ResolvedColumn<Row>): boolean {
  return column.type === 'number' || isYearColumn(column)
}
