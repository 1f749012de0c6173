/**
 * `text` folded one character at a time, with, per folded UTF-16 unit, the offset of the
 * original character it came from, plus a final entry for the end of the text: matches
 * found in the folded form map back to the original ("é" folds to "e" at the same place).
 */
export function foldWithOrigin(text: string, fold: (char: string) => string): { folded: string; origin: number[] } {
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
