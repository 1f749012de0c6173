// Every MDC authoring form of the sh-ui blocks, parsed by @nuxtjs/mdc and
// rendered by its MDCRenderer on the server, as Nuxt Content renders a page.
import { describe, expect, test } from 'vitest'
import { fetchFrom, renderMdc, visibleText } from './render'

const data = fetchFrom(new URL('../../playground/public/data', import.meta.url).pathname)
const strip = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '')

describe('given props in a YAML block', () => {
  test('when a segment has a ui map with a YAML comment, then its classes apply and the slot content renders as markdown', async () => {
    const page = await renderMdc(`::ShSegment
---
ui:
  wrapper: bg-sh-surface-muted p-4 # a comment
---
Some *styled* content.
::
`)
    expect(page.html).toMatch(/class="relative bg-sh-surface-muted p-4" data-slot="wrapper"/)
    expect(strip(page.html)).toContain('<em>styled</em>')
    expect(page.warnings).toEqual([])
  })

  test('when an FAQ has qas, then every question shows and answers render their markdown, MDC link attributes and inline HTML', async () => {
    const page = await renderMdc(`::ShFaq
---
title: Garden questions
qas:
  - q: "Where is the compost?"
    a: |
      Behind the **barn**:
      * green bin,
      * brown bin.  
      See the [map](/map){ target="_blank"} or ask <a href="/help" target="_blank">us</a>.
  - q: 'Why "no dig"?'
    a: "It keeps the soil alive."
---
::
`)
    const html = strip(page.html)
    const text = visibleText(page.html)
    expect(text).toContain('Garden questions')
    expect(text).toContain('Where is the compost?')
    expect(text).toContain('Why "no dig"?')
    expect(html).toContain('<strong>barn</strong>')
    expect(html).toMatch(/<li>green bin,<\/li>/)
    expect(html).toMatch(/<a [^>]*href="\/map"[^>]*target="_blank"|<a [^>]*target="_blank"[^>]*href="\/map"/)
    expect(html).toMatch(/<a [^>]*href="\/help"/)
    expect(page.warnings).toEqual([])
  })

  test('when an FAQ has a description, then the writer note is never rendered', async () => {
    const page = await renderMdc(`::ShFaq
---
description: Only for writers
qas:
  - q: "Q?"
    a: "A."
---
::
`)
    expect(visibleText(page.html)).not.toContain('Only for writers')
  })
})

describe('given inline props', () => {
  test('when ui is valid JSON, then it is parsed and applied', async () => {
    const page = await renderMdc(`::ShSegment{:ui='{"wrapper":"max-h-30 overflow-hidden"}'}
Inline
::
`)
    expect(page.html).toMatch(/class="relative max-h-30 overflow-hidden" data-slot="wrapper"/)
    expect(page.warnings).toEqual([])
  })

  test('when ui is invalid JSON, then one warning names the component and the defaults render the content', async () => {
    const page = await renderMdc(`::ShSegment{:ui='{"wrapper": "p-4"'}
Still shown
::
`)
    expect(page.html).toMatch(/class="relative" data-slot="wrapper"/)
    expect(visibleText(page.html)).toContain('Still shown')
    expect(page.warnings).toHaveLength(1)
    expect(page.warnings[0]).toMatch(/ShSegment.*not valid JSON/)
  })

  test('when qas is an inline JSON binding, then its questions render', async () => {
    const page = await renderMdc(`::ShFaq{title="Short" :qas='[{"q":"Parking?","a":"Yes, *twenty* spaces."}]'}
::
`)
    expect(visibleText(page.html)).toContain('Parking?')
    expect(strip(page.html)).toContain('<em>twenty</em>')
    expect(page.warnings).toEqual([])
  })

  test('when qas is invalid inline JSON, then ShFaq warns and the page still renders', async () => {
    const page = await renderMdc(`Before

::ShFaq{:qas='[{"q":"Broken"'}
::

After
`)
    const text = visibleText(page.html)
    expect(text).toContain('Before')
    expect(text).toContain('After')
    expect(page.warnings.some((warning) => /ShFaq.*qas/.test(warning))).toBe(true)
  })
})

describe('given nested blocks', () => {
  test('when a segment holds a nested :::ShSegment, then both render, each with its own classes', async () => {
    const page = await renderMdc(`::ShSegment
---
ui:
  wrapper: border p-4
---
Outer

:::ShSegment
---
ui:
  wrapper: border-l-4 p-2
---
Inner
:::
::
`)
    expect(page.rendered.get('ShSegment')).toBe(2)
    expect(page.html).toMatch(/class="relative border p-4" data-slot="wrapper"[\s\S]*class="relative border-l-4 p-2" data-slot="wrapper"/)
    expect(page.warnings).toEqual([])
  })

  test('when an FAQ holds :::ShFaqItem children, then each is an accordion item whose answer is the parsed markdown', async () => {
    const page = await renderMdc(`::ShFaq{title="Long answers"}
:::ShFaqItem{q="What grows in spring?"}
1. Peas
2. Radishes
:::

:::ShFaqItem{q="Who waters?" id="watering"}
A **rota** in the barn.
:::
::
`)
    const html = strip(page.html)
    expect(visibleText(page.html)).toContain('What grows in spring?')
    expect(html).toMatch(/<li>Radishes<\/li>/)
    expect(html).toContain('<strong>rota</strong>')
    expect(html).toMatch(/id="watering"/)
    expect(html.match(/<h3[^>]*data-slot="question"/g)).toHaveLength(2)
    expect(html).not.toContain('<details')
    expect(page.warnings).toEqual([])
  })
})

describe('given slot content', () => {
  test('when ShCheckoutLinks holds a markdown list, then it renders inside a labelled nav', async () => {
    const page = await renderMdc(`::ShCheckoutLinks{title="See also:"}
- [Segments](/segments)
- [Home](/)
::
`)
    const html = strip(page.html)
    expect(html).toMatch(/<nav[^>]*aria-labelledby="([^"]+)"[\s\S]*id="\1"[^>]*>See also:/)
    expect(html).toMatch(/<a href="\/segments"[^>]*>Segments<\/a>/)
    expect(page.warnings).toEqual([])
  })

  test('when ShCheckoutLinks gets links in YAML, then each becomes a link and external ones open in a new tab', async () => {
    const page = await renderMdc(`::ShCheckoutLinks
---
links:
  - label: FAQ
    to: /faq
  - label: Example
    to: https://example.org/
---
::
`)
    expect(page.html).toMatch(/href="\/faq"/)
    expect(page.html).toMatch(/href="https:\/\/example.org\/"[^>]*target="_blank"[^>]*rel="noopener noreferrer"/)
  })
})

describe('given ShDynamicTable configurations', () => {
  const block = `::ShDynamicTable
---
dataUrl: "/data/declarations.json"
dataField: ''
columns:
  - name: "company"
    title: "Company"
    filter: true
    filterOrder: 2
    query: true
    sortable: true
    type: text
  - name: "title"
    title: "Title"
    query: true
    type: text
  - name: "spec_ref"
    title: "Specification Reference"
    filter: true
    filterOrder: 1
    query: true
    sortable: true
    type: text
ui:
  footer: "text-sm"
header: Declarations of *members*
footer: "*Copyright &copy; 2026*"
---
::
`

  test('when an existing block is rendered unchanged, then the alias renders ShDataTable with its columns, header, footer and first page of rows', async () => {
    const page = await renderMdc(block, { fetchJson: data })
    const text = visibleText(page.html)
    expect(page.rendered.get('ShDataTable')).toBe(1)
    expect(text).toContain('Company')
    expect(text).toContain('Specification Reference')
    expect(strip(page.html)).toMatch(/Declarations of <em>members<\/em>/)
    expect(text).toContain('Copyright © 2026')
    expect(text).toContain('Method for efficient object transfer, part 1')
    expect(text).not.toContain('part 11')
    expect(text).toMatch(/Showing 1 to 10 of 32/)
    expect(page.warnings).toEqual([])
  })

  test('when dataField points into the response, then the rows come from that path', async () => {
    const page = await renderMdc(`::ShDataTable
---
dataUrl: "/data/reservations.json"
dataField: "data.items"
columns:
  - name: "range"
    title: "Object ID range"
---
::
`, { fetchJson: data })
    expect(visibleText(page.html)).toContain('10240-10289')
  })

  test('when the data cannot be loaded, then the table shows an error state and the rest of the page renders', async () => {
    const page = await renderMdc(`Intro

::ShDynamicTable{data-url="/data/missing.json"}
::
`, { fetchJson: data })
    expect(visibleText(page.html)).toContain('Intro')
    expect(page.html).toMatch(/role="alert"/)
  })
})

describe('given markdown in props rendered through MDC', () => {
  test('when the markdown option is the MDC bridge, then answers use MDC syntax exactly as page content', async () => {
    const { mdcMarkdown } = await import('../../src/nuxt/mdc-markdown')
    const { testMdc } = await import('./test-mdc')
    const page = await renderMdc(`::ShFaq
---
qas:
  - q: "Is *this* inline?"
    a: "A [link](/x){ target=\\"_blank\\" } and :abbr[MDC]{title=\\"inline component\\"}."
---
::
`, { markdown: mdcMarkdown(testMdc) })
    const html = strip(page.html)
    expect(html).toMatch(/<span[^>]*data-slot="q"><span[^>]*>Is <em>this<\/em> inline\?<\/span>/)
    expect(html).toMatch(/<a href="\/x" target="_blank"/)
    expect(html).toMatch(/<abbr title="inline component">MDC<\/abbr>/)
  })
})

describe('given hostile HTML in markdown props rendered through MDC', () => {
  test('when an answer holds scripts, handlers, javascript: links, iframes and styles, then none of them reaches the page and the text stays', async () => {
    const { mdcMarkdown } = await import('../../src/nuxt/mdc-markdown')
    const { testMdc } = await import('./test-mdc')
    const page = await renderMdc(`::ShFaq
---
qas:
  - q: "Safe?"
    a: |
      Start <a href="javascript:alert(1)" onclick="alert(2)">one</a> <img src="x.png" onerror="alert(3)"> <script>alert(4)</script> <iframe src="https://evil.example/"></iframe> <style>body { display: none }</style> [two](javascript:alert(5)) <svg><script>alert(6)</script></svg> <a href="JaVaScRiPt:alert(7)">three</a> <object data="x.swf"></object> end
---
::
`, { markdown: mdcMarkdown(testMdc) })
    const answer = strip(page.html).split('data-slot="a"')[1]!.split('<script type="application/ld+json">')[0]!
    expect(answer).not.toMatch(/<script|<iframe|<style|<object|onerror|onclick|javascript:/i)
    expect(visibleText(answer)).toMatch(/Start one .*two.*three.* end/)
  })
})
