import { describe, expect, it } from 'vitest'
import { highlight } from '../../../src/core/table/highlight'
import { cellText, normalizeText, searchWords } from '../../../src/core/table/text'

describe('search normalisation', () => {
  it('given digits grouped with commas when normalised then they match the plain number', () => {
    expect(normalizeText('Patent 5,327,529')).toContain('5327529')
  })

  it('given accents and capitals when normalised then they are folded', () => {
    expect(normalizeText('Müller & SÖHNE Télécom')).toBe('muller sohne telecom')
  })

  it('given a query with several words and punctuation between words when split then each word stands alone', () => {
    expect(searchWords('  Nokia,Ericsson   5,327 ')).toEqual(['nokia', 'ericsson', '5327'])
  })

  it('given JSON values of any type when shown as cell text then they are strings, never crashes', () => {
    expect(cellText(null)).toBe('')
    expect(cellText(12)).toBe('12')
    expect(cellText(Number.NaN)).toBe('')
    expect(cellText(['US', null, 'JP'])).toBe('US, JP')
    expect(cellText({ a: 1 })).toBe('{"a":1}')
    expect(cellText(true)).toBe('true')
  })
})

describe('highlight', () => {
  const marked = (text: string, query: string) =>
    highlight(text, searchWords(query))
      .filter((segment) => segment.mark)
      .map((segment) => segment.text)

  it('given a number searched without commas when highlighted then the grouped original is marked', () => {
    expect(marked('US 5,327,529 B1', '5327529')).toEqual(['5,327,529'])
  })

  it('given an unaccented query when highlighted then the accented original is marked', () => {
    expect(marked('Maréchal Télécom', 'telecom')).toEqual(['Télécom'])
  })

  it('given two words when highlighted then both are marked and the text is unchanged', () => {
    const segments = highlight('Method for instant messaging', searchWords('instant method'))
    expect(segments.map((segment) => segment.text).join('')).toBe('Method for instant messaging')
    expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['Method', 'instant'])
  })

  it('given no words when highlighted then nothing is marked', () => {
    expect(highlight('abc', [])).toEqual([{ text: 'abc', mark: false }])
  })
})
