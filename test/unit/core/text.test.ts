import { describe, expect, it } from 'vitest'
import { cellText } from '../../../src/core/table/values'
import { findRanges, foldText, highlightSegments, matchesAll, normalizeText, searchFolding, searchTerms, searchWords } from '../../../src/core/text'

describe('FAQ search terms, matching and highlight', () => {
  it('given a query, when split, then terms are folded and unique', () => {
    expect(searchTerms('  Vis-À-vis  VIS-à-VIS lwm2m ')).toEqual(['vis-a-vis', 'lwm2m'])
    expect(searchTerms(undefined)).toEqual([])
  })
  it('given several terms, when matching, then every term must occur', () => {
    expect(matchesAll(foldText('Secure device management'), ['secure', 'device'])).toBe(true)
    expect(matchesAll(foldText('Secure device management'), ['secure', 'firmware'])).toBe(false)
  })
  it('given accented text, when highlighting a plain query, then the original characters are marked', () => {
    expect(highlightSegments('Position vis-à-vis others', searchTerms('vis-a-vis'))).toEqual([
      { text: 'Position ', match: false },
      { text: 'vis-à-vis', match: true },
      { text: ' others', match: false },
    ])
  })
  it('given overlapping terms, when finding ranges, then they are merged', () => {
    expect(findRanges('lightweight', ['light', 'weight', 'tw'])).toEqual([[0, 11]])
  })
  it('given decomposed input, when highlighting, then the accent stays with its letter', () => {
    const text = 'Cafe\u0301 time'
    const [range] = findRanges(text, ['cafe'])
    expect(text.slice(...range!)).toBe('Cafe\u0301')
    expect(highlightSegments('No match', ['zzz'])).toEqual([{ text: 'No match', match: false }])
  })
})

describe('table search normalisation', () => {
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

describe('table highlight', () => {
  const marked = (text: string, query: string) =>
    highlightSegments(text, searchWords(query), searchFolding)
      .filter((segment) => segment.match)
      .map((segment) => segment.text)

  it('given a number searched without commas when highlighted then the grouped original is marked', () => {
    expect(marked('US 5,327,529 B1', '5327529')).toEqual(['5,327,529'])
  })

  it('given an unaccented query when highlighted then the accented original is marked', () => {
    expect(marked('Maréchal Télécom', 'telecom')).toEqual(['Télécom'])
  })

  it('given two words when highlighted then both are marked and the text is unchanged', () => {
    const segments = highlightSegments('Method for instant messaging', searchWords('instant method'), searchFolding)
    expect(segments.map((segment) => segment.text).join('')).toBe('Method for instant messaging')
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['Method', 'instant'])
  })

  it('given no words when highlighted then nothing is marked', () => {
    expect(highlightSegments('abc', [], searchFolding)).toEqual([{ text: 'abc', match: false }])
  })
})
