import spec from 'commonmark-spec'
import { decodeHTML, escapeUTF8 } from 'entities'
import { Marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../src/core/markdown'
import { sanitizeHtml } from '../../src/core/sanitize'

/*
 * The CommonMark 0.31.2 examples (the `commonmark-spec` package) through the
 * renderer ShMarkdown uses. Every example must pass whose expected HTML holds
 * nothing the allow-list forbids (the sanitiser leaves it as it is), unless
 * marked itself renders it otherwise or GFM, which ShMarkdown enables on
 * purpose, changes it (autolinked bare URLs).
 */
interface Example {
  markdown: string
  html: string
  number: number
  section: string
}
// The spec shows tabs as →.
const examples = spec.tests.map((example) => ({ ...example, markdown: example.markdown.replace(/→/g, '\t'), html: example.html.replace(/→/g, '\t') }))

const BLOCK = 'p|div|ul|ol|li|blockquote|h[1-6]|hr|pre|table|thead|tbody|tr|th|td|dl|dt|dd|br'
/**
 * Differences a reader cannot see, as the spec's own normaliser treats them:
 * character references (`&#39;`, `&copy;`) against the characters, void-tag
 * slashes, whitespace around blocks outside `<pre>`.
 */
function normalize(html: string): string {
  const canonical = (text: string) => escapeUTF8(decodeHTML(text))
  return html
    .split(/(<pre[\s\S]*?<\/pre>)/)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(new RegExp(` ?(</?(?:${BLOCK})\\b[^>]*>) ?`, 'g'), '$1')))
    .join('')
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 ? part.replace(/\s*\/>$/, '>').replace(/="([^"]*)"/g, (_, value: string) => `="${canonical(value)}"`) : canonical(part)))
    .join('')
    .trim()
}

const gfm = new Marked({ gfm: true })
const commonmark = new Marked({ gfm: false })
const passes = (render: (markdown: string) => string, example: Example) => normalize(render(example.markdown)) === normalize(example.html)
const byMarked = (parser: Marked) => (markdown: string) => parser.parse(markdown, { async: false })

describe('CommonMark 0.31.2 examples', () => {
  const inScope = examples.filter(
    (example) =>
      normalize(sanitizeHtml(example.html)) === normalize(example.html)
      && passes(byMarked(commonmark), example)
      && passes(byMarked(gfm), example),
  )

  it('given every spec example the allow-list and marked can render, when rendered by ShMarkdown, then the output matches the spec', () => {
    const failing = inScope.filter((example) => !passes((md) => renderMarkdown(md), example))
    expect(failing.map((example) => `${example.number} (${example.section}): ${renderMarkdown(example.markdown)}`)).toEqual([])
    // Reported in the terms: all examples, ours against marked with the same options.
    const ours = examples.filter((example) => passes((md) => renderMarkdown(md), example)).length
    const alone = examples.filter((example) => passes(byMarked(gfm), example)).length
    console.log(`CommonMark 0.31.2: ShMarkdown passes ${ours} of ${examples.length} examples, marked alone ${alone}; ${inScope.length} in the allow-list's scope, all passing`)
  })
  it('given the examples the allow-list keeps, when counted, then they are most of the spec', () => {
    // Guards the scope itself: a sanitiser that forbade too much would shrink it unnoticed.
    expect(inScope.length).toBeGreaterThan(580)
  })
})
