import { describe, expect, it } from 'vitest'
import { parseMdcAttributes, renderMarkdown } from '../../src/core/markdown'
import { sanitizeHtml } from '../../src/core/sanitize'

describe('renderMarkdown', () => {
  it('given CommonMark with emphasis, lists and a hard break, when rendered, then the matching HTML results', () => {
    const html = renderMarkdown('Goals:\n* **Quality**\n* _Speed_  \nnext line')
    expect(html).toContain('<strong>Quality</strong>')
    expect(html).toContain('<em>Speed</em><br>next line')
    expect(html).toMatch(/<ul>\s*<li>/)
  })
  it('given an MDC link with target _blank, when rendered, then the link opens a new tab safely', () => {
    expect(renderMarkdown('Ask our [staff](/about/contact){ target="_blank"}.', true)).toBe(
      'Ask our <a href="/about/contact" target="_blank" rel="noopener noreferrer">staff</a>.',
    )
  })
  it('given MDC attributes, when parsed, then only safe ones survive', () => {
    expect(parseMdcAttributes(' target="_blank" .note #Top onclick="alert(1)" style="color:red" title=\'Hi\' target2=x')).toEqual({
      target: '_blank',
      class: 'note',
      id: 'Top',
      title: 'Hi',
    })
    expect(parseMdcAttributes('target="evil"')).toEqual({})
  })
  it('given an inline HTML anchor, when rendered, then it keeps href and target and gains rel', () => {
    expect(renderMarkdown('See <a href="/specifications/registries" target="_blank">OMNA</a>.', true)).toBe(
      'See <a href="/specifications/registries" target="_blank" rel="noopener noreferrer">OMNA</a>.',
    )
  })
  it('given `</br>` as content writers use it, when rendered, then it is a line break', () => {
    expect(renderMarkdown('one </br> two', true)).toBe('one <br> two')
  })
  it('given a bold MDC link text, when rendered, then the emphasis stays inside the link', () => {
    expect(renderMarkdown('[**Issues**](https://example.com/issues){target="_blank"}', true)).toBe(
      '<a href="https://example.com/issues" target="_blank" rel="noopener noreferrer"><strong>Issues</strong></a>',
    )
  })
  it('given an image with MDC attributes, when rendered, then its style is dropped', () => {
    expect(renderMarkdown('![alt](/img.png){style="margin-top: -460px"}', true)).toBe('<img src="/img.png" alt="alt">')
  })
  it('given a table, when rendered, then table markup survives the sanitiser', () => {
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toMatch(/<table>[\s\S]*<td>1<\/td>/)
  })
  it.each([
    ['<script>alert(1)</script>', /script|alert/],
    ['<img src=x onerror=alert(1)>', /onerror/],
    ['[x](javascript:alert(1))', /javascript/],
    ['<a href="java&#x09;script:alert(1)">x</a>', /script:/],
    ['<iframe src="https://evil.example"></iframe>', /iframe/],
    ['<style>body{display:none}</style>', /style|display/],
    ['<a href="#" onclick="alert(1)">x</a>', /onclick/],
    ['<svg><script>alert(1)</script></svg>', /svg|script/],
  ])('given %s, when rendered, then nothing executable remains', (source, forbidden) => {
    expect(renderMarkdown(source)).not.toMatch(forbidden)
  })
  it('given non-string input, when rendered, then the result is empty', () => {
    expect(renderMarkdown(undefined)).toBe('')
    expect(renderMarkdown(42)).toBe('')
  })
  it('given a relative link without a leading slash, when sanitised, then it is kept', () => {
    expect(sanitizeHtml('<a href="docs/page">d</a>')).toBe('<a href="docs/page">d</a>')
  })
})

describe('sanitizeHtml', () => {
  it('given allowed markup, when sanitised, then it is rebuilt with quoted, escaped attributes only', () => {
    expect(sanitizeHtml(`<p class=x>Hi <A HREF='/a?x=1&amp;y="2"' target=_blank rel=opener onclick=alert(1)>there</A></p>`)).toBe(
      '<p>Hi <a href="/a?x=1&amp;y=&quot;2&quot;" target="_blank" rel="noopener noreferrer">there</a></p>',
    )
  })
  it('given script-like elements, when sanitised, then they go with their content, other unknown tags keep their text', () => {
    expect(sanitizeHtml('a<script>alert(1)</script>b<STYLE>x{}</STYLE>c<marquee>d</marquee><!-- hidden -->e')).toBe('abcde')
    expect(sanitizeHtml('unterminated <script>alert(1)')).toBe('unterminated ')
  })
  it('given stray brackets and entities in text, when sanitised, then the text stays text', () => {
    expect(sanitizeHtml('1 < 2 &amp; 3 > 2 &#x3C;b&#x3E;')).toBe('1 &lt; 2 &amp; 3 &gt; 2 &#x3C;b&#x3E;')
  })
  it('given a quoted attribute hiding a bracket, when sanitised, then the tag is parsed as a whole', () => {
    expect(sanitizeHtml('<a title="x>y" href="/ok">t</a>')).toBe('<a title="x&gt;y" href="/ok">t</a>')
  })
})
