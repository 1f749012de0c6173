/*
 * The one text module for search: folding, query terms, matching and
 * highlight segments, for ShFaq and ShDataTable alike. Two foldings exist on
 * purpose: the FAQ folds case and accents only ("vis-à-vis" stays one
 * hyphenated term, and slugs build on it), the table also drops punctuation
 * so `5,327,529` and `5327529` index the same.
 */

/** A piece of text, plain or matching the search, ready to render as text or `<mark>`. */
export interface TextSegment {
  text: string
  match: boolean
}

/** `[start, end)` offsets into the original (unfolded) text. */
export type Range = [number, number]

/** Lower-case text without diacritics: "Vis-à-vis" and "vis-a-vis" compare equal. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
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

/** Case-, accent- and punctuation-insensitive form the table's search uses on both sides. */
export function normalizeText(text: string): string {
  // Decomposing is the expensive step and ASCII has nothing to decompose.
  const folded = NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '') : text
  return folded.toLowerCase().replace(PUNCTUATION, '').replace(SPACES, ' ').trim()
}

/** One character as the table's search sees it: ASCII directly, anything else through the full normalisation. */
function normalizeChar(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return char
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32)
    return code === 32 || (code >= 9 && code <= 13) ? ' ' : ''
  }
  return normalizeText(char) || (/\s/.test(char) ? ' ' : '')
}

/**
 * How a search folds text: `whole` folds a text at once, `char` one
 * character, so matches map back to the original. Objects, not names, so the
 * FAQ's bundle does not carry the table's normalisation.
 */
export interface Folding {
  whole: (text: string) => string
  char: (char: string) => string
}
/** The FAQ's folding: case and accents. */
export const textFolding: Folding = { whole: foldText, char: foldText }
/** The table's folding: case, accents and punctuation. */
export const searchFolding: Folding = { whole: normalizeText, char: normalizeChar }

/** The FAQ's search terms of a query: folded, split on whitespace, duplicates dropped. */
export function searchTerms(query: unknown): string[] {
  if (typeof query !== 'string') return []
  return [...new Set(foldText(query).split(/\s+/).filter(Boolean))]
}

/** The table's AND-ed words of a search query, normalised like its haystack. */
export function searchWords(query: string): string[] {
  // Punctuation between words ("Nokia,Ericsson") separates them; inside a number it does not.
  const words = normalizeText(query.replace(/(\p{L})[^\p{L}\p{N}\s]+(?=\p{L})/gu, '$1 ').replaceAll(COLUMN_SEPARATOR, ' ')).split(' ')
  return [...new Set(words.filter(Boolean))]
}

/** Whether every term occurs somewhere in the (already folded) haystack. */
export function matchesAll(foldedHaystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedHaystack.includes(term))
}

/**
 * `text` folded one character at a time, with, per folded UTF-16 unit, the offset of the
 * original character it came from, plus a final entry for the end of the text: matches
 * found in the folded form map back to the original ("é" folds to "e" at the same place).
 */
export function foldWithOrigin(text: string, fold: (char: string) => string = foldText): { folded: string; origin: number[] } {
  let folded = ''
  const origin: number[] = []
  let offset = 0
  for (const char of text) {
    const piece = fold(char)
    for (let i = 0; i < piece.length; i++) origin.push(offset)
    folded += piece
    offset += char.length
  }
  origin.push(offset)
  return { folded, origin }
}

/** Every occurrence of any term in `text`, as merged, sorted ranges of the original text. */
export function findRanges(text: string, terms: readonly string[], fold: Folding = textFolding): Range[] {
  if (!terms.length || !text) return []
  // Most texts match nothing: one whole-text fold decides, without the per-character map.
  const whole = fold.whole(text)
  if (!terms.some((term) => whole.includes(term))) return []
  const { folded, origin } = foldWithOrigin(text, fold.char)
  const found: Range[] = []
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      // A match ending inside a character that folds to several units (Hangul "한" → three jamo) covers the whole character.
      let stop = at + term.length
      while (stop < origin.length - 1 && origin[stop] === origin[at + term.length - 1]) stop++
      found.push([origin[at]!, origin[stop]!])
    }
  }
  return mergeRanges(found)
}

function mergeRanges(found: Range[]): Range[] {
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Range[] = []
  for (const range of found) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

/** `text` cut into plain and matching segments for every term, found under the given folding. */
export function highlightSegments(text: string, terms: readonly string[], folding: Folding = textFolding): TextSegment[] {
  const ranges = findRanges(text, terms, folding)
  if (!ranges.length) return [{ text, match: false }]
  const out: TextSegment[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), match: false })
    out.push({ text: text.slice(start, end), match: true })
    at = end
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false })
  return out
}
