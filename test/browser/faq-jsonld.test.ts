import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { ShFaq, ShMarkdown, ShUi } from '../../src'
import '../support/styles.css'

// Strings written to break out of a <script>, a JSON string or the markdown, or to make the
// structured data say something else than the page: every FAQPage name and text must equal
// what the reader sees, in the real browser's rendering of the same block.
const hostile = [
  '</script><script>window.__pwned = 1</script>',
  'Comment <!-- opens and never closes',
  'CDATA end ]]> and <![CDATA[ start',
  'Line\u2028separator and paragraph\u2029separator',
  '"Double" and \'single\' quotes, a \\ backslash and \\u003c/script\\u003e',
  '<img src=x onerror="window.__pwned = 1"> image with a handler',
  '&lt;script&gt;alert(1)&lt;/script&gt; as references',
  '**Bold**, _emphasis_, `code <b>`, ~~struck~~',
  '[A link](javascript:window.__pwned=1) to nowhere',
  '[MDC link](/x){target="_blank" onclick="window.__pwned = 1"} with attributes',
  '&copy; &eacute; &#x3c;b&#x3e; &amp;amp; &mdash; &nosuch;',
  '<b>Nested <i>tags</b> crossed</i>',
  'Right-to-left \u202eoverride\u202c and zero\u200bwidth',
  'Emoji 👩‍👩‍👧 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'Line one\nline two  \nafter a hard break',
  '* A list item\n* <script>window.__pwned = 1</script>Second item',
  '| Head | Cell |\n|---|---|\n| </td> | <td> Resource1 |',
  '# A heading inside an answer\n\nThen a paragraph.',
  '```\n</script><script>window.__pwned = 1</script>\n  indented code\n```',
  '<svg><script>window.__pwned = 1</script></svg>SVG text',
  '<style>body { display: none }</style>Styled?',
  '{"@context": "https://evil.example", "@type": "Person"}',
  '<a href="/x" title="</script>">Titled link</a>',
  '> A quote <iframe src="//evil.example"></iframe>',
  "Replacement patterns $& $' $` $$",
  '[foo <bar attr="](baz)">unknown tag',
  'Tab\tand  many   spaces',
]
const qas = hostile.map((q, index) => ({ q: q.split('\n')[0]!, a: hostile[(index + 1) % hostile.length]! }))

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  delete (window as { __pwned?: number }).__pwned
})

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

function compare(withRenderer: boolean) {
  const host = document.body.appendChild(document.createElement('div'))
  wrapper = mount(ShFaq, {
    props: { qas, defaultOpen: true },
    attachTo: host,
    global: { plugins: withRenderer ? [[ShUi, { markdown: ShMarkdown }]] : [] },
  })
  const scripts = host.querySelectorAll('script')
  const page = JSON.parse(scripts[0]!.textContent!) as { mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }> }
  const items = [...host.querySelectorAll<HTMLElement>('[data-slot=inner]')]
  // A question whose whole text is a script shows nothing, so it is no Question in the FAQPage either.
  const named = items.filter((item) => normalize(item.querySelector<HTMLElement>('[data-slot=q]')!.innerText))
  const mismatches: string[] = []
  named.forEach((item, index) => {
    const entry = page.mainEntity[index]!
    const q = item.querySelector<HTMLElement>('[data-slot=q]')!.innerText
    const a = item.querySelector<HTMLElement>('[data-slot=a]')!.innerText
    if (normalize(entry.name) !== normalize(q)) mismatches.push(`name ${index}: ${JSON.stringify(entry.name)} ≠ ${JSON.stringify(q)}`)
    if (normalize(entry.acceptedAnswer.text) !== normalize(a)) mismatches.push(`text ${index}: ${JSON.stringify(entry.acceptedAnswer.text)} ≠ ${JSON.stringify(a)}`)
  })
  return { scripts, page, items, named, mismatches }
}

describe('FAQPage JSON-LD says what the reader sees', () => {
  it.each([
    ['ShMarkdown', true],
    ['the plain-text fallback', false],
  ])('given hostile questions and answers rendered with %s, when the block mounts, then the JSON is valid, nothing breaks out and every name and text equals the visible text', (_name, withRenderer) => {
    const { scripts, page, items, named, mismatches } = compare(withRenderer)
    expect(scripts).toHaveLength(1)
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
    expect(items).toHaveLength(hostile.length)
    expect(page.mainEntity).toHaveLength(named.length)
    expect(named.length).toBeGreaterThan(hostile.length - 3)
    expect(mismatches).toEqual([])
  })
  it('given named and numeric character references, when rendered by the browser, then the structured data decodes them the same way', () => {
    const { page } = compare(true)
    expect(page.mainEntity.map((entry) => entry.name)).toContain('© é <b> &amp; — &nosuch;')
  })
})
