import { foldWithOrigin } from './fold'
import { foldText } from './slug'

/** `[start, end)` offsets into the original (unfolded) text. */
export type Range = [number, number]

export interface TextSegment {
  text: string
  match: boolean
}

/** The search terms of a query: folded, split on whitespace, duplicates dropped. */
export function searchTerms(query: unknown): string[] {
  if (typeof query !== 'string') return []
  return [...new Set(foldText(query).split(/\s+/).filter(Boolean))]
}

/** Whether every term occurs somewhere in the (already folded) haystack. */
export function matchesAll(foldedHaystack: string, terms: string[]): boolean {
  return terms.every((term) => foldedHaystack.includes(term))
}

/** Every occurrence of any term in `text`, as merged, sorted ranges of the original text. */
export function findRanges(text: string, terms: string[]): Range[] {
  if (!terms.length || !text) return []
  const { folded, origin } = foldWithOrigin(text, foldText)
  const found: Range[] = []
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      // A match ending inside a character that folds to several units (Hangul "한" → three jamo) covers the whole character.
      let stop = at + term.length
      while (stop < origin.length - 1 && origin[stop] === origin[at + term.length - 1]) stop++
      found.push([origin[at]!, origin[stop]!])
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Range[] = []
  for (const range of found) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

/** `text` cut into plain and matching segments, ready to render as text and `<mark>` nodes. */
export function highlightSegments(text: string, terms: string[]): TextSegment[] {
  const ranges = findRanges(text, terms)
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
