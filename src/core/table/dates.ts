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

/** What each run of digits in a shape stands for, in order. */
type Role = 'D' | 'M' | 'Y'
type Rule = [shape: RegExp, digits: Role[], precision: DatePrecision]

/**
 * The fixed list of accepted shapes, with the role of each run of digits in order. Month words are English names
 * or their three-letter abbreviations. Input is canonicalised first: single spaces, title-case words, no dot after
 * a day or month abbreviation (`28 Feb. 2008`, `January 14. 2010`). The shapes are this narrow, so reading them
 * takes a few lines rather than a date library (dayjs with `customParseFormat` cost 4.9 kB of every table bundle).
 *
 * `30-Nov-04`, `3-Jun-2011` · `29 May, 2004`, `17 July 2018`, `28 Feb 2008` ·
 * `January 14, 2010`, `January 14 2010` · `12/17/2020` · `2021-02-10`, `1996-5-30` ·
 * `Aug-12`, `July, 2009`, `Jul 2009` · `2021-02` · `2004` · `24-Sep` (no year).
 */
const RULES: Rule[] = [
  [/^\d{1,2}-[a-z]+-(\d{2}|\d{4})$/i, ['D', 'Y'], 'day'],
  [/^\d{1,2} [a-z]+,? \d{4}$/i, ['D', 'Y'], 'day'],
  [/^[a-z]+ \d{1,2},? \d{4}$/i, ['D', 'Y'], 'day'],
  [/^\d{1,2}\/\d{1,2}\/\d{4}$/, ['M', 'D', 'Y'], 'day'],
  [/^\d{4}-\d{1,2}-\d{1,2}$/, ['Y', 'M', 'D'], 'day'],
  [/^[a-z]+(-| |, )(\d{2}|\d{4})$/i, ['Y'], 'month'],
  [/^\d{4}-\d{2}$/, ['Y', 'M'], 'month'],
  [/^\d{4}$/, ['Y'], 'year'],
  [/^\d{1,2}-[a-z]+$/i, ['D'], 'monthday'],
]

const MONTHS = 'January February March April May June July August September October November December'.split(' ')

/** 1-12 for a month's name or its first three letters, as canonical() spells them; undefined for any other word. */
function monthNumber(word: string): number | undefined {
  const index = MONTHS.findIndex((name) => word === (word.length === 3 ? name.slice(0, 3) : name))
  return index === -1 ? undefined : index + 1
}

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
 * 2026, `04` is 2004, `26` is 2026 and `75` is 1975.
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
  if (cache.size > 200_000) cache.clear()
  cache.set(key, result)
  return result
}

// Timestamps (`2018-03-05 16:48:03`, ISO 8601) are read for their day.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i

function parseUncached(input: string, referenceYear: number): ParsedDate | null {
  const text = TIMESTAMP.exec(input)?.[1] ?? input
  const rule = RULES.find(([shape]) => shape.test(text))
  if (!rule) return null
  const [, roles, precision] = rule
  const runs = text.match(/\d+/g)!
  const written: Partial<Record<Role, string>> = {}
  roles.forEach((role, index) => (written[role] = runs[index]))
  const word = /\p{L}+/u.exec(text)?.[0]
  const month = word === undefined ? numberOf(written.M) : monthNumber(word)
  if (word !== undefined && month === undefined) return null
  const day = numberOf(written.D)
  // Without a year, a leap year keeps `29-Feb` valid.
  let year = 2000
  if (written.Y) year = written.Y.length === 2 ? pastCentury(2000 + Number(written.Y), referenceYear) : Number(written.Y)
  // `0050` is a typo, not a date (and Date.UTC would read it as 1950).
  if (year < 100) return null
  if (month !== undefined && !(month >= 1 && month <= 12)) return null
  if (day !== undefined && !(day >= 1 && day <= daysIn(year, month!))) return null
  if (precision === 'monthday') return { time: Number.NaN, month, day, precision }
  return { time: Date.UTC(year, (month ?? 1) - 1, day ?? 1), year, month, day, precision }
}

function numberOf(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits)
}

function daysIn(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}
