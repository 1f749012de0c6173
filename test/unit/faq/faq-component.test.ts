import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, nextTick, ref } from 'vue'
import { ShConfigProvider, ShFaq, ShFaqItem, ShMarkdown, ShUi } from '../../../src'

const qas = [
  { q: 'What is a widget?', a: 'A small **part** of a machine.' },
  { q: 'How much does it cost?', a: 'See the [price list](/prices){ target="_blank"}.' },
  { q: 'Can I return it?', a: 'Yes, within thirty days.' },
]

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

function spyWarn() {
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  return () => spy.mock.calls.map((call) => String(call[0])).join('\n')
}

const buttons = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('[data-slot=button]')
const expanded = (wrapper: ReturnType<typeof mount>) => buttons(wrapper).map((button) => button.attributes('aria-expanded'))

describe('ShFaq rendering', () => {
  it("given a question containing $& and $', when rendered, then its copy-link label quotes it literally", () => {
    const wrapper = mount(ShFaq, { props: { qas: [{ q: "Why does $& cost $' more?", a: 'Because.' }] } })
    expect(wrapper.find('[data-slot=link]').attributes('aria-label')).toBe("Link to “Why does $& cost $' more?”")
  })

  it('given qas, when rendered, then each question is a button in an h3 controlling a labelled region', () => {
    const wrapper = mount(ShFaq, { props: { qas } })
    expect(wrapper.find('[data-slot="header.title"]').text()).toBe('FAQs')
    const items = wrapper.findAll('[data-slot=inner]')
    expect(items.map((item) => item.attributes('id'))).toEqual(['what-is-a-widget', 'how-much-does-it-cost', 'can-i-return-it'])
    const first = items[0]!
    expect(first.find('h3 > button').attributes()).toMatchObject({ 'aria-expanded': 'false', 'aria-controls': 'what-is-a-widget-answer' })
    const region = first.find('[role=region]')
    expect(region.attributes()).toMatchObject({ id: 'what-is-a-widget-answer', 'aria-labelledby': 'what-is-a-widget-button', hidden: 'until-found' })
    expect(region.text()).toContain('A small part of a machine.')
  })
  it('given more than six items or repeated questions, when rendered, then answers are not landmarks (APG)', () => {
    const many = Array.from({ length: 7 }, (_, index) => ({ q: `Question ${index}?`, a: 'Answer.' }))
    expect(mount(ShFaq, { props: { qas: many } }).findAll('[role=region]')).toHaveLength(0)
    const twice = mount(ShFaq, { props: { qas: [qas[0]!, qas[0]!, qas[1]!] } })
    expect(twice.findAll('[role=region]').map((region) => region.attributes('id'))).toEqual(['how-much-does-it-cost-answer'])
    expect(twice.find('#what-is-a-widget-answer').attributes('aria-labelledby')).toBeUndefined()
  })
  it('given three items, when rendered, then dividers sit only between items', () => {
    const wrapper = mount(ShFaq, { props: { qas } })
    const slots = wrapper.findAll('[data-slot=wrapper] > *').map((el) => el.attributes('data-slot'))
    expect(slots).toEqual(['inner', 'divider', 'inner', 'divider', 'inner'])
  })
  it('given the original content ui keys, when rendered, then each lands on its data-slot', () => {
    const ui = {
      header: { wrapper: 'font-bold text-xl mb-4', title: 'text-3xl' },
      wrapper: 'border p-4',
      inner: 'mb-2',
      question: 'cursor-pointer text-blue-500',
      q: 'italic',
      answer: 'text-gray-700',
      a: 'mx-6',
      divider: 'border-t my-2',
      icon: 'size-8',
    }
    const wrapper = mount(ShFaq, { props: { qas, ui: JSON.stringify(ui) } })
    for (const [slot, cls] of [['header.wrapper', 'mb-4'], ['header.title', 'text-3xl'], ['wrapper', 'p-4'], ['inner', 'mb-2'], ['question', 'text-blue-500'], ['q', 'italic'], ['answer', 'text-gray-700'], ['a', 'mx-6'], ['divider', 'my-2'], ['icon', 'size-8']]) {
      expect(wrapper.find(`[data-slot="${slot}"]`).classes(), slot).toContain(cls)
    }
    expect(wrapper.find('[data-slot="header.title"]').classes()).not.toContain('text-2xl')
  })
  it('given level 2, when rendered, then questions are h2 and the title is h1', () => {
    const wrapper = mount(ShFaq, { props: { qas, level: 2, title: 'Widget questions' } })
    expect(wrapper.findAll('h2 > button')).toHaveLength(3)
    expect(wrapper.find('h1').text()).toBe('Widget questions')
  })
  it('given an empty title and a description, when rendered, then no heading and no description appear', () => {
    const wrapper = mount(ShFaq, { props: { qas, title: '', description: 'Note for writers' } })
    expect(wrapper.find('[data-slot="header.wrapper"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Note for writers')
  })
  it('given no markdown renderer, when rendered, then answers are escaped plain text', () => {
    const wrapper = mount(ShFaq, { props: { qas: [{ q: 'Tags?', a: 'Use <b>bold</b> & [links](/x).' }] } })
    expect(wrapper.find('[data-slot=a]').text()).toBe('Use bold & links.')
    expect(wrapper.find('[data-slot=a] b').exists()).toBe(false)
  })
  it('given ShMarkdown plugged in through the plugin, when rendered, then answers keep their links and attributes', () => {
    const wrapper = mount(ShFaq, { props: { qas }, global: { plugins: [[ShUi, { markdown: ShMarkdown }]] } })
    const link = wrapper.find('[data-slot=a] a')
    expect(link.attributes()).toMatchObject({ href: '/prices', target: '_blank', rel: 'noopener noreferrer' })
    expect(wrapper.find('[data-slot=a] strong').text()).toBe('part')
  })
  it('given ShMarkdown plugged in through ShConfigProvider, when rendered, then markdown renders inside only', () => {
    const wrapper = mount({ render: () => [h(ShConfigProvider, { markdown: ShMarkdown }, () => h(ShFaq, { qas })), h(ShFaq, { qas, id: 'plain' })] })
    expect(wrapper.findAll('strong')).toHaveLength(1)
  })
})

describe('ShFaq open state', () => {
  it('given a closed item, when its button is clicked, then it opens and its answer is no longer hidden', async () => {
    const wrapper = mount(ShFaq, { props: { qas } })
    await buttons(wrapper)[1]!.trigger('click')
    expect(expanded(wrapper)).toEqual(['false', 'true', 'false'])
    expect(wrapper.find('#how-much-does-it-cost-answer').attributes('hidden')).toBeUndefined()
    await buttons(wrapper)[1]!.trigger('click')
    expect(expanded(wrapper)).toEqual(['false', 'false', 'false'])
  })
  it('given multiple=false, when another item opens, then the previous one closes', async () => {
    const wrapper = mount(ShFaq, { props: { qas, multiple: false } })
    await buttons(wrapper)[0]!.trigger('click')
    await buttons(wrapper)[2]!.trigger('click')
    expect(expanded(wrapper)).toEqual(['false', 'false', 'true'])
  })
  it('given defaultOpen true, per-item open and defaultOpen ids, when rendered, then those items start open', () => {
    expect(expanded(mount(ShFaq, { props: { qas, defaultOpen: true } }))).toEqual(['true', 'true', 'true'])
    expect(expanded(mount(ShFaq, { props: { qas: [qas[0]!, { ...qas[1]!, open: true }] } }))).toEqual(['false', 'true'])
    expect(expanded(mount(ShFaq, { props: { qas, defaultOpen: ['can-i-return-it'] } }))).toEqual(['false', 'false', 'true'])
  })
  it('given v-model:open, when the parent changes it and the user toggles, then both directions sync', async () => {
    const open = ref<string[]>(['what-is-a-widget'])
    const wrapper = mount(defineComponent({ setup: () => () => h(ShFaq, { qas, open: open.value, 'onUpdate:open': (ids?: string[]) => (open.value = ids ?? []) }) }))
    expect(expanded(wrapper)).toEqual(['true', 'false', 'false'])
    await buttons(wrapper)[2]!.trigger('click')
    expect(open.value).toEqual(['what-is-a-widget', 'can-i-return-it'])
    open.value = []
    await nextTick()
    expect(expanded(wrapper)).toEqual(['false', 'false', 'false'])
  })
  it('given controls, when expand all then collapse all are clicked, then every item follows', async () => {
    const wrapper = mount(ShFaq, { props: { qas, controls: true } })
    const [expandAll, collapseAll] = wrapper.findAll('[data-slot=control]')
    await expandAll!.trigger('click')
    expect(expanded(wrapper)).toEqual(['true', 'true', 'true'])
    await collapseAll!.trigger('click')
    expect(expanded(wrapper)).toEqual(['false', 'false', 'false'])
  })
  it('given a closed answer, when the browser finds text in it (beforematch), then it opens', async () => {
    const wrapper = mount(ShFaq, { props: { qas } })
    await wrapper.find('#can-i-return-it-answer').trigger('beforematch')
    expect(expanded(wrapper)).toEqual(['false', 'false', 'true'])
  })
})

describe('ShFaq search', () => {
  it('given a search, when typing an accented query, then matching items stay, text is marked and the count is announced', async () => {
    const wrapper = mount(ShFaq, { props: { qas: [...qas, { q: 'Is it café-safe?', a: 'Naturally.' }], searchable: true } })
    await wrapper.find('input[type=search]').setValue('CAFE')
    const visible = wrapper.findAll('[data-slot=inner]').filter((item) => item.attributes('style') !== 'display: none;')
    expect(visible.map((item) => item.attributes('id'))).toEqual(['is-it-cafe-safe'])
    expect(wrapper.find('mark').text()).toBe('café')
    expect(wrapper.find('[role=status]').text()).toBe('1 of 4 questions')
  })
  it('given a query matching only an answer, when searching, then that item is kept', async () => {
    const wrapper = mount(ShFaq, { props: { qas, searchable: true } })
    await wrapper.find('input[type=search]').setValue('thirty')
    expect(wrapper.find('[role=status]').text()).toBe('1 of 3 questions')
  })
  it('given a query matching nothing, when searching, then the empty state shows', async () => {
    const wrapper = mount(ShFaq, { props: { qas, searchable: true, labels: { empty: 'Nothing here.' } } })
    await wrapper.find('input[type=search]').setValue('zebra')
    expect(wrapper.find('[data-slot=empty]').text()).toBe('Nothing here.')
    expect(wrapper.find('[role=status]').text()).toBe('0 of 3 questions')
  })
})

describe('ShFaq search box and prose', () => {
  it('given a searchable FAQ, when rendered, then the search box has a visible label naming it', () => {
    const wrapper = mount(ShFaq, { props: { qas, searchable: true, labels: { search: 'Find a question' } } })
    const label = wrapper.find('[data-slot=searchLabel]')
    expect(label.text()).toBe('Find a question')
    expect(label.attributes('for')).toBe(wrapper.find('input[type=search]').attributes('id'))
  })
  it('given markdown answers, when rendered, then each kind of element gets its prose utility, and ui.prose overrides one kind at a time', () => {
    const wrapper = mount(ShFaq, { props: { qas, ui: { prose: { table: '[&_td]:border-2' }, strategy: 'override' } } })
    const classes = wrapper.find('[data-slot=a]').classes()
    expect(classes).toEqual(expect.arrayContaining(['sh-prose-pre', 'sh-prose-headings', 'sh-prose-links', '[&_td]:border-2']))
    expect(classes).not.toContain('sh-prose-table')
  })
})

describe('ShFaq child items', () => {
  it('given ShFaqItem children, when rendered, then they become items with slot answers after any qas', () => {
    const wrapper = mount(ShFaq, {
      props: { qas: [qas[0]!] },
      slots: { default: () => [h(ShFaqItem, { q: 'Long answer?', open: true }, () => [h('p', 'Real '), h('ul', [h('li', 'markdown')])]), h(ShFaqItem, { q: '' })] },
    })
    const items = wrapper.findAll('[data-slot=inner]')
    expect(items.map((item) => item.attributes('id'))).toEqual(['what-is-a-widget', 'long-answer'])
    expect(items[1]!.find('li').text()).toBe('markdown')
    expect(expanded(wrapper)).toEqual(['false', 'true'])
  })
  it('given a ShFaqItem on its own, when rendered, then it is a native disclosure', () => {
    const wrapper = mount(ShFaqItem, { props: { q: 'Alone?' }, slots: { default: () => 'Yes.' } })
    expect(wrapper.find('details#alone summary').text()).toBe('Alone?')
    expect(wrapper.text()).toContain('Yes.')
  })
})

describe('ShFaq bad input and structured data', () => {
  it('given invalid qas JSON and a bad level, when rendered, then warnings name the props and the block still renders', () => {
    const read = spyWarn()
    const wrapper = mount(ShFaq, { props: { qas: '[{"q":', level: 9, searchable: true } })
    expect(wrapper.find('[data-slot=root]').exists()).toBe(true)
    // Not a title over an empty frame: the frame says there is nothing, and there is no search over nothing.
    expect(wrapper.find('[data-slot=wrapper] [data-slot=empty]').text()).toBe('No questions to show yet.')
    expect(wrapper.find('input[type=search]').exists()).toBe(false)
    expect(read()).toMatch(/ShFaq: qas is not valid JSON/)
    expect(read()).toMatch(/ShFaq: level must be/)
  })
  it('given schema on, when rendered without unhead, then one escaped FAQPage script is in the block', () => {
    const wrapper = mount(ShFaq, { props: { qas: [{ q: 'Close </script>?', a: 'No <b>way</b>.' }] } })
    const script = wrapper.find('script[type="application/ld+json"]')
    expect(script.element.innerHTML).not.toContain('</script')
    expect(JSON.parse(script.element.textContent!).mainEntity[0]).toEqual({ '@type': 'Question', name: 'Close ?', acceptedAnswer: { '@type': 'Answer', text: 'No way.' } })
  })
  it('given schema false, when rendered, then no structured data is output', () => {
    expect(mount(ShFaq, { props: { qas, schema: false } }).find('script').exists()).toBe(false)
  })
  it('given two blocks with the same question, when rendered on one page, then their ids differ', () => {
    const wrapper = mount({ render: () => [h(ShFaq, { qas }), h(ShFaq, { qas: [qas[0]!] })] })
    expect(wrapper.findAll('#what-is-a-widget')).toHaveLength(1)
    expect(wrapper.findAll('#what-is-a-widget-2')).toHaveLength(1)
  })
  it('given two blocks with the same question, when the first leaves (client navigation), then the second takes the plain id', async () => {
    const first = ref(true)
    const wrapper = mount(defineComponent({ setup: () => () => [first.value ? h(ShFaq, { qas }) : null, h(ShFaq, { qas: [qas[0]!] })] }))
    expect(wrapper.find('#what-is-a-widget-2').exists()).toBe(true)
    first.value = false
    await nextTick()
    await nextTick()
    expect(wrapper.findAll('#what-is-a-widget')).toHaveLength(1)
    expect(wrapper.find('#what-is-a-widget-2').exists()).toBe(false)
  })
})
