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

const MARKS = /[\u0300-\u036f]/g
// Everything that is not a letter, digit, space or the column separator: `5,327,529` and `5327529` index the same.
// eslint-disable-next-line no-control-regex -- \u0001 is COLUMN_SEPARATOR, kept out of the punctuation class on purpose.
const PUNCTUATION = /[^\p{L}\p{N}\s\u0001]/gu
const SPACES = /\s+/g
// eslint-disable-next-line no-control-regex -- the ASCII range starts at \u0000 by definition.
const NON_ASCII = /[^\u0000-\u007f]/

/** Joins the texts of one row's columns in a search haystack; no query word can contain it. */
export const COLUMN_SEPARATOR = '\u0001'

/** Case-, accent- and punctuation-insensitive form used by search on both sides. */
export function normalizeText(text: string): string {
  // Decomposing is the expensive step and ASCII has nothing to decompose.
  const folded = NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '') : text
  return folded.toLowerCase().replace(PUNCTUATION, '').replace(SPACES, ' ').trim()
}

/** The AND-ed words of a search query, normalised like the haystack. */
export function searchWords(query: string): string[] {
  // Punctuation between words ("Nokia,Ericsson") separates them; inside a number it does not.
  const words = normalizeText(query.replace(/(\p{L})[^\p{L}\p{N}\s]+(?=\p{L})/gu, '$1 ').replaceAll(COLUMN_SEPARATOR, ' ')).split(' ')
  return [...new Set(words.filter(Boolean))]
}
