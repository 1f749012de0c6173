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
// Everything that is not a letter, digit or space: `5,327,529` and `5327529` index the same.
const PUNCTUATION = /[^\p{L}\p{N}\s]/gu
const SPACES = /\s+/g

/** Case-, accent- and punctuation-insensitive form used by search on both sides. */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(PUNCTUATION, '').replace(SPACES, ' ').trim()
}

/** The AND-ed words of a search query, normalised like the haystack. */
export function searchWords(query: string): string[] {
  // Punctuation between words ("Nokia,Ericsson") separates them; inside a number it does not.
  const words = normalizeText(query.replace(/(\p{L})[^\p{L}\p{N}\s]+(?=\p{L})/gu, '$1 ')).split(' ')
  return [...new Set(words.filter(Boolean))]
}
