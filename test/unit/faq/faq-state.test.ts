import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineAsyncComponent, defineComponent, h, nextTick, ref } from 'vue'
import { ShFaq, ShFaqItem } from '../../../src'
import { useDisclosureGroup } from '../../../src/composables/useDisclosureGroup'
import { useRovingFocus } from '../../../src/composables/useRovingFocus'

const qas = [
  { q: 'What is a widget?', a: 'A small part of a machine.' },
  { q: 'How much does it cost?', a: 'It depends.' },
  { q: 'Can I return it?', a: 'Yes, within thirty days.' },
]
const expanded = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('[data-slot=button]').map((button) => button.attributes('aria-expanded'))
const shown = (wrapper: ReturnType<typeof mount>) =>
  wrapper
    .findAll('[data-slot=inner]')
    .filter((item) => item.attributes('style') !== 'display: none;')
    .map((item) => item.attributes('id'))

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('useDisclosureGroup', () => {
  const ids = ['a', 'b', 'c']
  it('given no bound state, when an item toggles, then the model is written with every open id in item order', () => {
    const open = ref<string[]>()
    const group = useDisclosureGroup(open, { ids, initial: ['c'], multiple: true })
    expect([...group.openIds.value]).toEqual(['c'])
    group.toggle('a')
    expect(open.value).toEqual(['a', 'c'])
    group.toggle('c')
    expect(open.value).toEqual(['a'])
  })
  it('given multiple false, when a second item opens, then only it stays open, and the initial state opens one item at most', () => {
    const open = ref<string[]>()
    const group = useDisclosureGroup(open, { ids, initial: ['a', 'b'], multiple: false })
    expect([...group.openIds.value]).toEqual(['a'])
    group.setOpen('c', true)
    expect(open.value).toEqual(['c'])
  })
  it('given an item already in the wanted state, when set again, then the model is not written', () => {
    const open = ref<string[]>(['a'])
    const group = useDisclosureGroup(open, { ids, initial: [], multiple: true })
    const before = open.value
    group.setOpen('a', true)
    group.setOpen('b', false)
    expect(open.value).toBe(before)
  })
  it('given expand all then collapse all, when called, then every item follows', () => {
    const open = ref<string[]>()
    const group = useDisclosureGroup(open, { ids, initial: [], multiple: true })
    group.expandAll()
    expect(open.value).toEqual(ids)
    group.collapseAll()
    expect(open.value).toEqual([])
  })
})

describe('useRovingFocus', () => {
  function setup(keys: string[]) {
    const buttons = keys.map((key) => {
      const button = document.createElement('button')
      button.textContent = key
      document.body.append(button)
      return button
    })
    const focus = useRovingFocus(keys)
    keys.forEach((key, index) => focus.bind(key)(buttons[index]!))
    return { focus, buttons }
  }
  const press = (key: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key, cancelable: true, ...init })

  it('given three controls, when arrows, Home and End are pressed, then focus moves and wraps, and the key is consumed', () => {
    const { focus, buttons } = setup(['a', 'b', 'c'])
    const down = press('ArrowDown')
    focus.onKeydown(down, 'c')
    expect(document.activeElement).toBe(buttons[0])
    expect(down.defaultPrevented).toBe(true)
    focus.onKeydown(press('ArrowUp'), 'a')
    expect(document.activeElement).toBe(buttons[2])
    focus.onKeydown(press('Home'), 'c')
    expect(document.activeElement).toBe(buttons[0])
    focus.onKeydown(press('End'), 'a')
    expect(document.activeElement).toBe(buttons[2])
  })
  it('given other keys or a modifier, when pressed, then focus stays and the browser keeps the key', () => {
    const { focus, buttons } = setup(['a', 'b'])
    buttons[0]!.focus()
    for (const event of [press('Enter'), press('ArrowDown', { altKey: true }), press('Tab')]) {
      focus.onKeydown(event, 'a')
      expect(event.defaultPrevented).toBe(false)
    }
    expect(document.activeElement).toBe(buttons[0])
  })
  it('given an element that was unmounted, when its neighbour moves focus to it, then nothing is focused by a stale reference', () => {
    const { focus, buttons } = setup(['a', 'b'])
    buttons[0]!.focus()
    focus.bind('b')(null)
    focus.onKeydown(press('ArrowDown'), 'a')
    expect(document.activeElement).toBe(buttons[0])
  })
})

describe('ShFaq models', () => {
  it('given v-model:search, when the parent sets it and the user types, then both directions sync and the count is announced', async () => {
    const search = ref('thirty')
    const wrapper = mount(defineComponent({ setup: () => () => h(ShFaq, { qas, searchable: true, search: search.value, 'onUpdate:search': (text: string) => (search.value = text) }) }))
    expect(shown(wrapper)).toEqual(['can-i-return-it'])
    expect((wrapper.find('input[type=search]').element as HTMLInputElement).value).toBe('thirty')
    expect(wrapper.find('[role=status]').text()).toBe('1 of 3 questions')
    await wrapper.find('input[type=search]').setValue('widget')
    expect(search.value).toBe('widget')
    expect(shown(wrapper)).toEqual(['what-is-a-widget'])
    search.value = ''
    await nextTick()
    expect(shown(wrapper)).toHaveLength(3)
    expect(wrapper.find('[role=status]').text()).toBe('')
  })
  it('given no v-model:search, when the user types, then ShFaq filters on its own and still emits the text', async () => {
    const wrapper = mount(ShFaq, { props: { qas, searchable: true } })
    await wrapper.find('input[type=search]').setValue('cost')
    expect(shown(wrapper)).toEqual(['how-much-does-it-cost'])
    expect(wrapper.emitted('update:search')).toEqual([['cost']])
  })
  it('given no v-model:open, when an item is clicked, then ShFaq keeps the state itself and emits the open ids', async () => {
    const wrapper = mount(ShFaq, { props: { qas, defaultOpen: ['can-i-return-it'] } })
    await wrapper.findAll('[data-slot=button]')[0]!.trigger('click')
    expect(expanded(wrapper)).toEqual(['true', 'false', 'true'])
    expect(wrapper.emitted('update:open')).toEqual([[['what-is-a-widget', 'can-i-return-it']]])
  })
  it('given two FAQs on one page, when arrowing in the second, then focus stays in the second block', async () => {
    const wrapper = mount({ render: () => [h(ShFaq, { qas }), h(ShFaq, { qas })] }, { attachTo: document.body })
    const second = wrapper.findAll('[data-slot=wrapper]')[1]!.findAll('[data-slot=button]')
    ;(second[0]!.element as HTMLElement).focus()
    await second[0]!.trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(second[1]!.element)
    expect(document.activeElement!.id).toBe('how-much-does-it-cost-2-button')
    wrapper.unmount()
  })
})

describe('ShFaq child items found without Vue internals', () => {
  it('given a component MDC resolved from a :::sh-faq-item tag (a lazy wrapper), when inside ShFaq, then it is an item', () => {
    // MDCRenderer writes the tag it resolved on the component object it renders.
    const lazy = Object.assign(defineAsyncComponent(() => Promise.resolve(ShFaqItem)), { tag: 'sh-faq-item' })
    const wrapper = mount(ShFaq, { slots: { default: () => [h(lazy, { q: 'Lazy child?' }, () => [h('p', 'From MDC.')])] } })
    expect(wrapper.findAll('[data-slot=inner]').map((item) => item.attributes('id'))).toEqual(['lazy-child'])
    expect(wrapper.find('[data-slot=a]').text()).toBe('From MDC.')
  })
  it('given another component in the slot, when rendered, then it shows above the list and is not an item', () => {
    const Note = defineComponent({ name: 'ReaderNote', setup: () => () => h('p', { 'data-slot': 'note' }, 'Read this first.') })
    const wrapper = mount(ShFaq, { props: { qas: [qas[0]!] }, slots: { default: () => [h(Note)] } })
    expect(wrapper.findAll('[data-slot=inner]')).toHaveLength(1)
    const order = wrapper.findAll('[data-slot=root] > *').map((el) => el.attributes('data-slot'))
    expect(order.indexOf('note')).toBeLessThan(order.indexOf('wrapper'))
  })
})
