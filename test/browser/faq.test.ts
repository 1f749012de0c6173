import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cdp, userEvent } from 'vitest/browser'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import { ShFaq, ShMarkdown, ShUi } from '../../src'
import '../support/styles.css'

const filler = 'This answer is long enough to need some room on the page. '.repeat(12)
const qas = [
  { q: 'What is a widget?', a: `A small part with a [link inside](/inside). ${filler}` },
  { q: 'How much does it cost?', a: `It depends on the size. ${filler}` },
  { q: 'Can I return it?', a: `Yes, within thirty days of the purchase. ${filler}` },
  { q: 'Where is it made?', a: `In a small workshop by the sea. ${filler}` },
]

let wrapper: VueWrapper | undefined
function render(props: Record<string, unknown> = {}) {
  const host = document.createElement('div')
  document.body.append(host)
  wrapper = mount(ShFaq, { props: { qas, ...props }, attachTo: host, global: { plugins: [[ShUi, { markdown: ShMarkdown }]] } })
  return wrapper
}
const button = (id: string) => document.getElementById(`${id}-button`) as HTMLButtonElement
const answer = (id: string) => document.getElementById(`${id}-answer`) as HTMLElement
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

beforeEach(() => history.replaceState(null, '', location.pathname + location.search))
afterEach(async () => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] })
})

describe('keyboard', () => {
  it('given focus on a question, when arrow keys, Home and End are pressed, then focus moves between questions and wraps', async () => {
    render()
    button('what-is-a-widget').focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(button('how-much-does-it-cost'))
    await userEvent.keyboard('{End}')
    expect(document.activeElement).toBe(button('where-is-it-made'))
    await userEvent.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(button('what-is-a-widget'))
    await userEvent.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(button('where-is-it-made'))
    await userEvent.keyboard('{Home}')
    expect(document.activeElement).toBe(button('what-is-a-widget'))
  })
  it('given a focused question, when Enter and Space are pressed, then it opens and closes', async () => {
    render()
    button('can-i-return-it').focus()
    await userEvent.keyboard('{Enter}')
    expect(button('can-i-return-it').getAttribute('aria-expanded')).toBe('true')
    expect(answer('can-i-return-it').hidden).toBe(false)
    await userEvent.keyboard(' ')
    expect(button('can-i-return-it').getAttribute('aria-expanded')).toBe('false')
  })
  it('given focus on a link inside an open answer, when ArrowDown is pressed, then focus stays there', async () => {
    render({ defaultOpen: true })
    const link = answer('what-is-a-widget').querySelector('a')!
    link.focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(link)
  })
  it('given a search hiding some questions, when arrowing, then only visible questions take focus', async () => {
    render({ searchable: true })
    await userEvent.fill(document.querySelector('input[type=search]')!, 'small')
    button('what-is-a-widget').focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(button('where-is-it-made'))
  })
  it('given keyboard navigation, when a question receives focus, then a focus outline is visible', async () => {
    render()
    const before = document.createElement('button')
    before.textContent = 'before'
    document.body.prepend(before)
    before.focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(button('what-is-a-widget'))
    const style = getComputedStyle(button('what-is-a-widget'))
    expect(style.outlineStyle).toBe('solid')
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2)
  })
})

describe('deep links', () => {
  it('given #id in the URL on load, when the FAQ mounts, then that item opens and is scrolled into view', async () => {
    document.body.style.paddingTop = '3000px'
    history.replaceState(null, '', '#where-is-it-made')
    render()
    await frame()
    expect(button('where-is-it-made').getAttribute('aria-expanded')).toBe('true')
    const top = document.getElementById('where-is-it-made')!.getBoundingClientRect().top
    expect(Math.abs(top)).toBeLessThan(window.innerHeight / 2)
    document.body.style.paddingTop = ''
  })
  it('given a mounted FAQ, when the hash changes to an item, then it opens', async () => {
    render()
    location.hash = '#how-much-does-it-cost'
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }))
    await nextTick()
    expect(button('how-much-does-it-cost').getAttribute('aria-expanded')).toBe('true')
  })
  it('given hashLinks false, when loaded with a hash, then nothing opens and no link anchors show', async () => {
    history.replaceState(null, '', '#where-is-it-made')
    render({ hashLinks: false })
    await frame()
    expect(button('where-is-it-made').getAttribute('aria-expanded')).toBe('false')
    expect(document.querySelector('[data-slot=link]')).toBeNull()
  })
  it('given the copy-link anchor, when clicked, then the URL points at the question and it opens', async () => {
    render()
    const link = document.querySelector<HTMLAnchorElement>('#can-i-return-it [data-slot=link]')!
    expect(link.getAttribute('aria-label')).toBe('Link to “Can I return it?”')
    link.click()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(location.hash).toBe('#can-i-return-it')
    expect(button('can-i-return-it').getAttribute('aria-expanded')).toBe('true')
  })
})

describe('closed answers stay findable', () => {
  it('given a closed answer, when it is rendered, then it is hidden until found, not removed', () => {
    render()
    expect(answer('can-i-return-it').getAttribute('hidden')).toBe('until-found')
    expect(answer('can-i-return-it').textContent).toContain('thirty days')
    expect(getComputedStyle(answer('can-i-return-it')).contentVisibility).toBe('hidden')
  })
  it('given find-in-page reaching a closed answer, when the browser fires beforematch, then the item opens', async () => {
    render()
    // The browser's own text search sees the closed answer…
    expect((window as unknown as { find: (text: string) => boolean }).find('thirty days')).toBe(true)
    // …and Chromium's find bar fires beforematch on it (window.find does not, so the event is dispatched here).
    answer('can-i-return-it').dispatchEvent(new Event('beforematch', { bubbles: true }))
    await nextTick()
    expect(button('can-i-return-it').getAttribute('aria-expanded')).toBe('true')
    expect(answer('can-i-return-it').hasAttribute('hidden')).toBe(false)
  })
})

describe('print and motion', () => {
  it('given print media, when the page is printed, then every answer is visible and the toolbar is not', async () => {
    render({ searchable: true })
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' })
    const closed = answer('can-i-return-it')
    expect(getComputedStyle(closed).contentVisibility).toBe('visible')
    expect(closed.getBoundingClientRect().height).toBeGreaterThan(20)
    expect(getComputedStyle(document.querySelector('[data-slot=toolbar]')!).display).toBe('none')
  })
  it('given screen media, when an answer is closed, then it takes no height', () => {
    render()
    expect(answer('can-i-return-it').getBoundingClientRect().height).toBe(0)
  })
  it('given reduced motion, when an answer toggles, then no transition runs; otherwise height animates', async () => {
    render()
    expect(getComputedStyle(answer('what-is-a-widget')).transitionProperty).toContain('height')
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] })
    const style = getComputedStyle(answer('what-is-a-widget'))
    expect(style.transitionDuration.split(',').every((value) => parseFloat(value) === 0)).toBe(true)
    expect(getComputedStyle(document.querySelector('[data-slot=icon]')!).transitionDuration).toBe('0s')
  })
})

describe('writer classes', () => {
  it('given ui.question with a text colour, when rendered, then the question buttons show that colour', () => {
    render({ ui: { question: 'text-[rgb(37,99,235)]' } })
    expect(getComputedStyle(button('what-is-a-widget')).color).toBe('rgb(37, 99, 235)')
  })
})

describe('markdown answers', () => {
  const rich = [
    {
      q: 'What does a rich answer look like?',
      open: true,
      a: [
        '## A heading',
        'First paragraph with `inline code` and a [link](/docs).',
        'Second paragraph.',
        '- one\n- two',
        '```\nblock of code\n```',
        '| Name | Value |\n| --- | --- |\n| a | 1 |',
        '> A quote',
        '---',
      ].join('\n\n'),
    },
  ]
  const inAnswer = <T extends Element>(selector: string) => document.querySelector<T>(`[data-slot=a] ${selector}`)!

  it('given headings, lists, code, tables and quotes in an answer, when rendered, then each has the prose look', () => {
    render({ qas: rich })
    const heading = getComputedStyle(inAnswer('h2'))
    expect([heading.fontWeight, heading.fontSize, heading.marginTop]).toEqual(['600', '18px', '0px'])
    const paragraphs = document.querySelectorAll('[data-slot=a] p')
    expect(getComputedStyle(paragraphs[1]!).marginTop).toBe('12px')
    const list = getComputedStyle(inAnswer('ul'))
    expect([list.listStyleType, list.paddingInlineStart, list.marginTop]).toEqual(['disc', '24px', '8px'])
    expect(getComputedStyle(inAnswer('li + li')).marginTop).toBe('4px')
    const code = getComputedStyle(inAnswer('p code'))
    expect([code.fontFamily.includes('monospace'), code.backgroundColor, code.paddingLeft]).toEqual([true, 'rgb(243, 244, 246)', '4px'])
    const block = getComputedStyle(inAnswer('pre'))
    expect([block.overflowX, block.backgroundColor, block.padding, block.fontSize]).toEqual(['auto', 'rgb(243, 244, 246)', '12px', '14px'])
    expect(getComputedStyle(inAnswer('pre code')).backgroundColor).toBe('rgba(0, 0, 0, 0)')
    const table = getComputedStyle(inAnswer('table'))
    expect([table.display, table.overflowX, table.borderCollapse]).toEqual(['block', 'auto', 'collapse'])
    const cell = getComputedStyle(inAnswer('td'))
    expect([cell.borderTopWidth, cell.borderTopStyle, cell.borderTopColor, cell.padding, cell.textAlign]).toEqual(['1px', 'solid', 'rgb(124, 131, 144)', '6px 12px', 'start'])
    expect(getComputedStyle(inAnswer('th')).fontWeight).toBe('600')
    const quote = getComputedStyle(inAnswer('blockquote'))
    expect([quote.borderInlineStartWidth, quote.paddingInlineStart, quote.fontStyle]).toEqual(['4px', '16px', 'italic'])
    const rule = getComputedStyle(inAnswer('hr'))
    expect([rule.borderTopWidth, rule.borderBottomWidth, rule.marginTop]).toEqual(['1px', '0px', '16px'])
    const link = getComputedStyle(inAnswer('a'))
    expect([link.color, link.textDecorationLine]).toEqual(['rgb(29, 78, 216)', 'underline'])
  })

  it('given a writer class for one kind of element in ui.prose, when rendered, then it wins and the other kinds keep their look', () => {
    render({ qas: rich, ui: { prose: { links: '[&_a]:text-[rgb(190,18,60)]', table: '[&_td]:px-[20px]' } } })
    expect(getComputedStyle(inAnswer('a')).color).toBe('rgb(190, 18, 60)')
    expect(getComputedStyle(inAnswer('a')).textDecorationLine).toBe('underline')
    expect(getComputedStyle(inAnswer('td')).paddingLeft).toBe('20px')
    expect(getComputedStyle(inAnswer('td')).borderTopWidth).toBe('1px')
    expect(getComputedStyle(inAnswer('h2')).fontWeight).toBe('600')
  })

  it('given unstyled, when rendered, then answers get no prose look', () => {
    render({ qas: rich, unstyled: true })
    expect(getComputedStyle(inAnswer('td')).borderTopWidth).toBe('0px')
    expect(getComputedStyle(inAnswer('pre')).backgroundColor).toBe('rgba(0, 0, 0, 0)')
  })
})

describe('search', () => {
  it('given a searchable FAQ, when typing, then non-matching items hide, the count is announced and matches are highlighted', async () => {
    render({ searchable: true })
    await userEvent.fill(document.querySelector('input[type=search]')!, 'THIRTY')
    await frame()
    const shown = [...document.querySelectorAll<HTMLElement>('[data-slot=inner]')].filter((item) => item.offsetParent !== null).map((item) => item.id)
    expect(shown).toEqual(['can-i-return-it'])
    expect(document.querySelector('[role=status]')!.textContent).toBe('1 of 4 questions')
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('sh-faq-match')!
    expect([...highlight].map((range) => range.toString())).toEqual(['thirty'])
  })
  it('given a search matching nothing, when typing, then the empty state shows and clearing restores all', async () => {
    render({ searchable: true })
    const input = document.querySelector<HTMLInputElement>('input[type=search]')!
    await userEvent.fill(input, 'zebra')
    expect(document.querySelector('[data-slot=empty]')).not.toBeNull()
    await userEvent.fill(input, '')
    const shown = [...document.querySelectorAll<HTMLElement>('[data-slot=inner]')].filter((item) => item.offsetParent !== null)
    expect(shown).toHaveLength(4)
  })
})
