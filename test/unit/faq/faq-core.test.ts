import { afterEach, describe, expect, it, vi } from 'vitest'
import { assignIds, normalizeQas } from '../../../src/core/faq'
import { findRanges, highlightSegments, matchesAll, searchTerms } from '../../../src/core/faq-search'
import { inlineText, markdownToText, textParagraphs } from '../../../src/core/faq-text'
import { faqPageSchema, serializeJsonLd } from '../../../src/core/faq-schema'
import { createSlugger, foldText, sanitizeId, slugify } from '../../../src/core/slug'

afterEach(() => {
  vi.restoreAllMocks()
})

function warnings() {
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  return () => spy.mock.calls.map((call) => String(call[0]))
}

describe('slugs', () => {
  it('given a question with punctuation and diacritics, when slugified, then a readable ASCII id results', () => {
    expect(slugify('What is LwM2M?')).toBe('what-is-lwm2m')
    expect(slugify('How does it position vis-à-vis existing wireless technologies?')).toBe('how-does-it-position-vis-a-vis-existing-wireless-technologies')
  })
  it('given a non-Latin question, when slugified, then its letters are kept', () => {
    expect(slugify('¿Qué es LwM2M?')).toBe('que-es-lwm2m')
    expect(slugify('什么是 LwM2M')).toBe('什么是-lwm2m')
  })
  it('given a hostile id, when sanitised, then only id-safe characters remain', () => {
    expect(sanitizeId('"><img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1')
    expect(sanitizeId('FAQ_1')).toBe('FAQ_1')
  })
  it('given repeated bases, when the slugger hands out ids, then repeats get -2 and -3', () => {
    const unique = createSlugger(['taken'])
    expect(['a', 'a', 'a', 'taken'].map(unique)).toEqual(['a', 'a-2', 'a-3', 'taken-2'])
  })
  it('given mixed case and accents, when folded, then they compare equal', () => {
    expect(foldText('Éléphant')).toBe(foldText('elephant'))
  })
})

describe('normalizeQas', () => {
  it('given a JSON string from an MDC binding, when normalised, then its items are used', () => {
    expect(normalizeQas('[{"q":"Why?","a":"Because.","open":true}]')).toEqual([{ q: 'Why?', a: 'Because.', id: undefined, open: true }])
  })
  it.each([
    ['invalid JSON', '[{q:', /qas is not valid JSON/],
    ['an object', { q: 'x' }, /qas must be an array.*got object/],
    ['a number', 42, /qas must be an array.*got number/],
  ])('given %s, when normalised, then nothing is shown and the qas prop is named in a warning', (_label, input, message) => {
    const read = warnings()
    expect(normalizeQas(input)).toEqual([])
    expect(read().some((text) => text.includes('ShFaq') && message.test(text))).toBe(true)
  })
  it('given missing or null qas, when normalised, then the result is empty without a warning', () => {
    const read = warnings()
    expect(normalizeQas(undefined)).toEqual([])
    expect(normalizeQas(null)).toEqual([])
    expect(read()).toEqual([])
  })
  it('given broken items, when normalised, then good ones stay and each problem is warned about', () => {
    const read = warnings()
    const out = normalizeQas([null, { a: 'no question' }, { q: 7, a: 8 }, { q: 'Fine?', a: 'Yes.' }, { q: 'No answer?' }, 'text'])
    expect(out.map((item) => [item.q, item.a])).toEqual([
      ['7', '8'],
      ['Fine?', 'Yes.'],
      ['No answer?', ''],
    ])
    const text = read().join('\n')
    expect(text).toMatch(/qas\[0\] must be an object/)
    expect(text).toMatch(/qas\[1\] has no question/)
    expect(text).toMatch(/qas\[2\]\.q should be a string/)
    expect(text).toMatch(/qas\[4\].*has no answer/)
    expect(text).toMatch(/qas\[5\] must be an object/)
  })
  it('given duplicate questions, when ids are assigned, then each id is unique and stable', () => {
    const drafts = normalizeQas([{ q: 'What is LwM2M?', a: '1' }, { q: 'What is LwM2M?', a: '2' }, { q: 'Other', a: '3', id: 'custom-id' }])
    expect(assignIds(drafts)).toEqual(['what-is-lwm2m', 'what-is-lwm2m-2', 'custom-id'])
    expect(assignIds(drafts, ['what-is-lwm2m'])).toEqual(['what-is-lwm2m-2', 'what-is-lwm2m-3', 'custom-id'])
  })
})

describe('plain text of markdown', () => {
  it('given an answer with a list, a hard break and MDC links, when reduced to paragraphs, then the structure and link text survive', () => {
    const source = 'Goals:\n* Quality **first**.\n* A [network](/net){ target="_blank"}.  \nHeld in a secure place\nfor everyone.\n\n</br>\n\nSee <a href="/home" target="_blank">home</a>.'
    expect(textParagraphs(source)).toEqual([['Goals:', '• Quality first.', '• A network.', 'Held in a secure place for everyone.'], ['See home.']])
  })
  it('given inline HTML with scripts, when reduced to text, then tags and script bodies are gone', () => {
    expect(markdownToText('Hi <script>alert(1)</script><b>there</b> &amp; <img src=x onerror=alert(2)>you')).toBe('Hi there & you')
  })
  it('given a multi-line question, when read inline, then one line results', () => {
    expect(inlineText('Why does this\nwork _differently_?\n')).toBe('Why does this work differently?')
  })
  it('given snake_case words, when reduced to text, then underscores inside words stay', () => {
    expect(markdownToText('use max_retry_count here')).toBe('use max_retry_count here')
  })
})

describe('search', () => {
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

describe('FAQPage JSON-LD', () => {
  it('given questions with markdown, when built, then names and answers are plain text', () => {
    const schema = faqPageSchema([{ q: 'What is **LwM2M**?', a: 'A [protocol](/x){target="_blank"}.' }, { q: '  ', a: 'dropped' }])
    expect(schema).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'What is LwM2M?', acceptedAnswer: { '@type': 'Answer', text: 'A protocol.' } }],
    })
  })
  it('given text that could close the script tag, when serialised, then it is escaped and still parses back', () => {
    const value = { text: '</script><script>alert(1)</script> & \u2028\u2029' }
    const json = serializeJsonLd(value)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json)).toEqual(value)
  })
})
