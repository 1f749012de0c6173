import { foldWithOrigin } from '../fold'
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
  const plain = [{ text, mark: false }]
  if (!text || !words.length) return plain
  // Most cells match nothing: one normalisation decides, without the per-character map.
  const whole = normalizeText(text)
  if (!words.some((word) => whole.includes(word))) return plain
  const { folded: normalized, origin } = foldWithOrigin(text, foldChar)
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

/** One character as search sees it: ASCII directly, anything else through the full normalisation. */
function foldChar(char: string): string {
  const code = char.charCodeAt(0)
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return char
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32)
    return code === 32 || (code >= 9 && code <= 13) ? ' ' : ''
  }
  return normalizeText(char) || (/\s/.test(char) ? ' ' : '')
}
