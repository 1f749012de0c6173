import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h, type Component } from 'vue'
import { ShCheckoutLinks, ShDataTable, ShFaq, ShFaqItem, ShIprTable, ShSegment } from '../../src'
import { generateIprDeclarations } from '../support/ipr-generator'
import { captureWarnings } from '../support/warnings'

// The `ui` contract of issue 2, held by every themed component: a JSON string
// from MDC works like the object, invalid JSON warns once naming the component
// and falls back to the defaults, and every element carrying theme classes is
// findable by its data-slot.

const warned = captureWarnings()
const shWarnings = warned.sh

interface Case {
  name: string
  component: Component
  props: Record<string, unknown>
  slots?: Record<string, () => unknown>
  /** The slot the `class` attribute and `ui.wrapper`-like root classes land on. */
  root?: string
}

const cases: Case[] = [
  { name: 'ShSegment', component: ShSegment, props: { imageBackground: '/bg.jpg' }, slots: { default: () => h('p', 'Body') } },
  { name: 'ShCheckoutLinks', component: ShCheckoutLinks, props: { links: [{ label: 'FAQ', to: '/faq' }, { label: 'Site', to: 'https://example.org' }] } },
  {
    name: 'ShFaq',
    component: ShFaq,
    props: { qas: [{ q: 'Who?', a: 'Members.', open: true }, { q: 'What?', a: 'Specs.' }], searchable: true, controls: true },
  },
  { name: 'ShFaqItem', component: ShFaqItem, props: { q: 'Alone?' }, slots: { default: () => 'Yes.' }, root: 'inner' },
  {
    name: 'ShDataTable',
    component: ShDataTable,
    props: { rows: [{ name: 'Ada', site: 'https://ada.example', city: 'London' }], columns: [{ name: 'name', sortable: true }, { name: 'site', type: 'url' }, { name: 'city', filter: true }], caption: 'People', header: 'Head', footer: 'Foot' },
  },
  { name: 'ShIprTable', component: ShIprTable, props: { declarations: generateIprDeclarations(3, 1), caption: 'IPR' } },
]

describe.each(cases)('$name and its ui prop', ({ name, component, props, slots, root = 'wrapper' }) => {
  const rootOf = (wrapper: ReturnType<typeof mount>) => wrapper.get(`[data-slot="${root}"]`)

  it('given ui as a JSON string (MDC binding), when rendered, then its wrapper class applies like the object form', () => {
    const wrapper = mount(component, { props: { ...props, ui: `{"${root}":"outline-dashed"}` }, slots })
    expect(rootOf(wrapper).classes()).toContain('outline-dashed')
    expect(shWarnings()).toEqual([])
  })

  it('given ui as invalid JSON, when rendered, then one warning names the component and the ui prop, and the defaults render', () => {
    const styled = mount(component, { props, slots })
    const wrapper = mount(component, { props: { ...props, ui: `{"${root}": "outline-dashed"` }, slots })
    const warnings = shWarnings()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(new RegExp(`^\\[sh-ui\\] ${name}: .*ui.*not valid JSON`))
    expect(rootOf(wrapper).classes()).toEqual(rootOf(styled).classes())
    expect(wrapper.text()).toBe(styled.text())
  })

  it('given the default theme, when rendered, then every element carrying classes has a data-slot', () => {
    const wrapper = mount(component, { props, slots })
    const unnamed = wrapper
      .findAll('[class]')
      .filter((el) => el.attributes('class')!.trim() && !el.attributes('data-slot'))
      .map((el) => `<${el.element.tagName.toLowerCase()} class="${el.attributes('class')}">`)
    expect(unnamed).toEqual([])
  })
})

describe('data-slot in interactive states', () => {
  const unnamed = (wrapper: ReturnType<typeof mount>) =>
    wrapper
      .findAll('[class]')
      .filter((el) => el.attributes('class')!.trim() && !el.attributes('data-slot'))
      .map((el) => `<${el.element.tagName.toLowerCase()} class="${el.attributes('class')}">`)

  it('given a table with a search, a checked filter in an open panel and several pages, when rendered, then every classed element has a data-slot', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ name: `Member ${i}`, city: i % 2 ? 'Oslo' : '' }))
    const wrapper = mount(ShDataTable, { props: { rows, columns: [{ name: 'name', query: true }, { name: 'city', filter: true }], search: 'member', filters: { city: ['Oslo'] } } })
    const details = wrapper.find('details')
    ;(details.element as HTMLDetailsElement).open = true
    await details.trigger('toggle')
    expect(wrapper.find('mark').exists()).toBe(true)
    expect(wrapper.find('[data-slot="filterPanel"]').exists()).toBe(true)
    expect(unnamed(wrapper)).toEqual([])
  })

  it('given a table whose rows are not a list, when the error state shows, then every classed element has a data-slot', () => {
    const wrapper = mount(ShDataTable, { props: { rows: 'nope' as never } })
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    expect(unnamed(wrapper)).toEqual([])
  })

  it('given a searchable FAQ with a query matching nothing, then a query matching some, when rendered, then every classed element has a data-slot', async () => {
    const wrapper = mount(ShFaq, { props: { qas: [{ q: 'Who joins?', a: 'Members.' }, { q: 'What ships?', a: 'Specs.' }], searchable: true, controls: true } })
    await wrapper.find('input[type="search"]').setValue('zzz')
    expect(unnamed(wrapper)).toEqual([])
    await wrapper.find('input[type="search"]').setValue('members')
    expect(wrapper.find('mark').exists()).toBe(true)
    expect(unnamed(wrapper)).toEqual([])
  })
})
