import dayjs from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat.js'

dayjs.extend(customParseFormat)

/** How much of the date was written: `Aug-12` is a month, `2004` a year, `24-Sep` a day without its year. */
export type DatePrecision = 'day' | 'month' | 'year' | 'monthday'

export interface ParsedDate {
  /** UTC milliseconds of the first day covered; NaN when the year is unknown (`24-Sep`). */
  time: number
  year?: number
  /** 1-12 */
  month?: number
  day?: number
  precision: DatePrecision
}

type Rule = [shape: RegExp, formats: string[], precision: DatePrecision]

/** Day formats with and without a leading zero: strict parsing compares the re-formatted text. */
function both(...formats: string[]): string[] {
  return formats.flatMap((format) => [format, format.replace(/\bD\b/, 'DD')])
}

/**
 * The fixed list of formats, dispatched by the text's shape so that a value
 * costs one or two strict parses, not one per format (100,000 rows).
 * Input is canonicalised first: single spaces, title-case words, no dot after
 * a day or month abbreviation (`28 Feb. 2008`, `January 14. 2010`).
 */
const RULES: Rule[] = [
  [/^\d{1,2}-[a-z]+-\d{2}$/i, both('D-MMM-YY', 'D-MMMM-YY'), 'day'],
  [/^\d{1,2}-[a-z]+-\d{4}$/i, both('D-MMM-YYYY', 'D-MMMM-YYYY'), 'day'],
  [/^\d{1,2} [a-z]+,? \d{4}$/i, both('D MMMM, YYYY', 'D MMM, YYYY', 'D MMMM YYYY', 'D MMM YYYY'), 'day'],
  [/^[a-z]+ \d{1,2},? \d{4}$/i, both('MMMM D, YYYY', 'MMM D, YYYY', 'MMMM D YYYY', 'MMM D YYYY'), 'day'],
  [/^\d{1,2}\/\d{1,2}\/\d{4}$/, ['M/D/YYYY', 'MM/DD/YYYY', 'M/DD/YYYY', 'MM/D/YYYY'], 'day'],
  [/^\d{4}-\d{1,2}-\d{1,2}$/, ['YYYY-MM-DD', 'YYYY-M-D', 'YYYY-MM-D', 'YYYY-M-DD'], 'day'],
  [/^[a-z]+-\d{2}$/i, ['MMM-YY', 'MMMM-YY'], 'month'],
  [/^[a-z]+[- ,]+\d{4}$/i, ['MMMM, YYYY', 'MMM, YYYY', 'MMMM YYYY', 'MMM YYYY', 'MMM-YYYY', 'MMMM-YYYY'], 'month'],
  [/^\d{4}-\d{2}$/, ['YYYY-MM'], 'month'],
  [/^\d{4}$/, ['YYYY'], 'year'],
  [/^\d{1,2}-[a-z]+$/i, both('D-MMM', 'D-MMMM'), 'monthday'],
]

function canonical(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(\w)\.(?=\s|$)/g, '$1')
    .replace(/\bSept\b/i, 'Sep')
    .replace(/\p{L}+/gu, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
}

/**
 * Two-digit years belong to the nearest past century: with `referenceYear`
 * 2026, `04` is 2004 and `75` is 1975 (dayjs alone would give 2075 for `68`).
 */
function pastCentury(year: number, referenceYear: number): number {
  let result = year
  while (result > referenceYear) result -= 100
  while (result <= referenceYear - 100) result += 100
  return result
}

const cache = new Map<string, ParsedDate | null>()
const CURRENT_YEAR = new Date().getFullYear()

/**
 * Parses the ways people write a declaration date, strictly: `31 June, 2008`
 * is rejected rather than rolled into July, as `new Date` would. Returns null
 * for empty values and anything not in the list of formats.
 */
export function parseDate(value: unknown, referenceYear = CURRENT_YEAR): ParsedDate | null {
  if (typeof value !== 'string') return null
  const key = referenceYear === CURRENT_YEAR ? value : `${referenceYear}\u0000${value}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const result = parseUncached(canonical(value), referenceYear)
  // Distinct date strings are few even in 100,000 rows; the cap only guards pathological input.
  if (cache.size > 50_000) cache.clear()
  cache.set(key, result)
  return result
}

// Timestamps (`2018-03-05 16:48:03`, ISO 8601) are read for their day.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i

function parseUncached(input: string, referenceYear: number): ParsedDate | null {
  const text = TIMESTAMP.exec(input)?.[1] ?? input
  if (!text) return null
  for (const [shape, formats, precision] of RULES) {
    if (!shape.test(text)) continue
    for (const format of formats) {
      // A leap year keeps `29-Feb` valid when the year is missing.
      const input = precision === 'monthday' ? `${text} 2000` : text
      const parsed = dayjs(input, precision === 'monthday' ? `${format} YYYY` : format, true)
      if (!parsed.isValid()) continue
      if (precision === 'monthday') return { time: Number.NaN, month: parsed.month() + 1, day: parsed.date(), precision }
      const twoDigit = !format.includes('YYYY')
      const year = twoDigit ? pastCentury(parsed.year(), referenceYear) : parsed.year()
      const month = precision === 'year' ? undefined : parsed.month() + 1
      const day = precision === 'day' ? parsed.date() : undefined
      if (twoDigit && day === 29 && month === 2 && !isLeap(year)) return null
      return { time: Date.UTC(year, (month ?? 1) - 1, day ?? 1), year, month, day, precision }
    }
    return null
  }
  return null
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}
