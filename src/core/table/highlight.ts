import { normalizeText } from './text'

export interface TextSegment {
  text: string
  mark: boolean
}

/**
 * Splits `text` into plain and matched parts for every search word. Matching
 * runs on the normalised form, so each normalised character keeps the index of
 * the original character it came from: `Müller` highlights for `muller`.
 */
export function highlight(text: string, words: readonly string[]): TextSegment[] {
  if (!text || !words.length) return [{ text, mark: false }]
  let normalized = ''
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    const folded = normalizeText(char)
    const piece = folded || (/\s/.test(char) ? ' ' : '')
    for (let i = 0; i < piece.length; i++) origin.push(index)
    normalized += piece
    index += char.length
  }
  const marked = new Uint8Array(text.length)
  for (const word of words) {
    let from = normalized.indexOf(word)
    while (from !== -1) {
      const start = origin[from]!
      const lastOrigin = origin[from + word.length - 1]!
      const end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1)
      marked.fill(1, start, end)
      from = normalized.indexOf(word, from + 1)
    }
  }
  const segments: TextSegment[] = []
  let start = 0
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({ text: text.slice(start, i), mark: marked[start] === 1 })
      start = i
    }
  }
  return segments
}
