import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import theme from '../../src/theme/checkout-links'
import { captureWarnings } from '../support/warnings'

const warned = captureWarnings()
const shWarnings = warned.sh
const vueWarnings = warned.vue

const links = [
  { label: 'LwM2M FAQ', to: '/faq' },
  { label: 'Specifications', to: '/specs', description: 'All released versions' },
  { label: 'GitHub', to: 'https://github.com/OpenMobileAlliance' },
]

describe('ShCheckoutLinks structure', () => {
  it('given links and no title, when rendered, then a nav landmark is labelled by the default "Checkout as well:" title', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links } })
    const nav = wrapper.get('nav')
    const title = wrapper.get('[data-slot="title"]')
    expect(title.text()).toBe('Checkout as well:')
    expect(title.attributes('id')).toBeTruthy()
    expect(nav.attributes('aria-labelledby')).toBe(title.attributes('id'))
  })

  it('given a custom title, when rendered, then it labels the landmark', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links, title: 'Related' } })
    expect(wrapper.get(`#${CSS.escape(wrapper.get('nav').attributes('aria-labelledby')!)}`).text()).toBe('Related')
  })

  it('given two blocks on one page, when rendered, then their title ids differ', () => {
    const wrapper = mount({ render: () => [h(ShCheckoutLinks, { links }), h(ShCheckoutLinks, { links })] })
    const ids = wrapper.findAll('nav').map((nav) => nav.attributes('aria-labelledby'))
    expect(new Set(ids).size).toBe(2)
  })

  it('given links, when rendered, then each is a list item with its label, href and optional description', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links } })
    const items = wrapper.findAll('li[data-slot="item"]')
    expect(items.map((item) => item.get('a').text().replace('(opens in a new tab)', '').trim())).toEqual(['LwM2M FAQ', 'Specifications', 'GitHub'])
    expect(items.map((item) => item.get('a').attributes('href'))).toEqual(['/faq', '/specs', 'https://github.com/OpenMobileAlliance'])
    expect(items[1]!.get('[data-slot="description"]').text()).toBe('All released versions')
    expect(items[0]!.find('[data-slot="description"]').exists()).toBe(false)
  })

  it('given a description prop for content writers, when rendered, then it is not shown', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links, description: 'Editor note' } })
    expect(wrapper.html()).not.toContain('Editor note')
  })

  it('given links as a JSON string from MDC, when rendered, then they show like the array form', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links: JSON.stringify(links) } })
    expect(wrapper.findAll('a')).toHaveLength(3)
  })

  it('given every themed element, when rendered, then each carries its data-slot', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links: [...links, { label: 'Bad', to: 'javascript:x' }] } })
    const slots = new Set(wrapper.findAll('[data-slot]').map((el) => el.attributes('data-slot')))
    expect([...slots].sort()).toEqual(['description', 'externalIcon', 'item', 'link', 'list', 'srOnly', 'title', 'unsafe', 'wrapper'].sort())
    // Every element except the icon path belongs to a slot.
    expect(wrapper.findAll('*').filter((el) => !el.attributes('data-slot') && el.element.tagName !== 'path')).toHaveLength(0)
  })

  it('given ui overrides and a class attribute, when rendered, then they merge into the right elements', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links, ui: { title: 'text-lg', link: 'font-normal' } }, attrs: { class: 'my-2' } })
    expect(wrapper.get('nav').classes()).toEqual(['not-prose', 'text-sh-fg', 'my-2'])
    expect(wrapper.get('[data-slot="title"]').classes()).toEqual(['mb-2', 'font-bold', 'text-lg'])
    expect(wrapper.get('a').classes()).toContain('font-normal')
    expect(wrapper.get('a').classes()).not.toContain('font-medium')
  })

  it('given rendered links, when the list is reordered, then each link keeps its own element (content keys, not indexes)', async () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links } })
    const faqBefore = wrapper.get('a[href="/faq"]').element
    await wrapper.setProps({ links: [...links].reverse() })
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual(['https://github.com/OpenMobileAlliance', '/specs', '/faq'])
    expect(wrapper.get('a[href="/faq"]').element).toBe(faqBefore)
  })

  it('given duplicate links, when rendered, then all are shown without duplicate-key warnings', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links: [links[0]!, links[0]!, links[0]!] } })
    expect(wrapper.findAll('a')).toHaveLength(3)
    expect(vueWarnings()).toEqual([])
  })
})

describe('ShCheckoutLinks external links', () => {
  it('given an absolute URL, when rendered, then it opens in a new tab safely with a hidden icon and a visually hidden hint', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links } })
    const external = wrapper.get('a[href^="https:"]')
    expect(external.attributes()).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' })
    expect(external.get('svg[data-slot="externalIcon"]').attributes('aria-hidden')).toBe('true')
    const hint = external.get('[data-slot="srOnly"]')
    expect(hint.text()).toBe('(opens in a new tab)')
    expect(hint.classes()).toContain('sr-only')
    expect(external.text()).toBe('GitHub (opens in a new tab)')
  })

  it('given external: true on an internal path, when rendered, then it opens in a new tab', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links: [{ label: 'Spec PDF', to: '/files/spec.pdf', external: true }] } })
    expect(wrapper.get('a').attributes()).toMatchObject({ href: '/files/spec.pdf', target: '_blank', rel: 'noopener noreferrer' })
  })

  it('given internal links, when rendered, then they open in the same tab without the hint', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links: [links[0]!] } })
    expect(wrapper.get('a').attributes('target')).toBeUndefined()
    expect(wrapper.find('[data-slot="srOnly"]').exists()).toBe(false)
  })
})

describe('ShCheckoutLinks unsafe hrefs', () => {
  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>'])(
    'given the unsafe href %j, when rendered, then the label is plain text, no link exists and one warning names the item',
    (to) => {
      const wrapper = mount(ShCheckoutLinks, { props: { links: [{ label: 'Click me', to }, links[0]!] } })
      expect(wrapper.findAll('a')).toHaveLength(1)
      expect(wrapper.get('[data-slot="unsafe"]').text()).toBe('Click me')
      expect(wrapper.html()).not.toMatch(/script:|data:text/i)
      expect(shWarnings()).toEqual([expect.stringContaining('ShCheckoutLinks: links item "Click me" has an unsafe')])
    },
  )

  it('given an image data URL, when rendered, then it stays a link', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links: [{ label: 'Logo', to: 'data:image/png;base64,AAAA' }] } })
    expect(wrapper.get('a').attributes('href')).toBe('data:image/png;base64,AAAA')
  })

  it('given links that are not an array, when rendered, then the block still renders its title and one warning', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links: '{"label":"x"' } })
    expect(wrapper.get('[data-slot="title"]').text()).toBe('Checkout as well:')
    expect(wrapper.findAll('a')).toHaveLength(0)
    expect(shWarnings()).toHaveLength(1)
  })
})

describe('ShCheckoutLinks current page without a router', () => {
  it('given currentPath, when rendered, then only the matching link is marked aria-current="page" with the linkActive classes', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links, currentPath: '/specs/' } })
    const current = wrapper.findAll('a[aria-current="page"]')
    expect(current).toHaveLength(1)
    expect(current[0]!.attributes('href')).toBe('/specs')
    expect(current[0]!.attributes('data-slot')).toBe('linkActive')
    expect(current[0]!.classes()).toEqual(expect.arrayContaining(theme.linkActive.split(' ')))
    expect(current[0]!.classes()).not.toContain('underline')
    expect(wrapper.get('a[href="/faq"]').attributes('aria-current')).toBeUndefined()
  })

  it('given no currentPath, when mounted, then the browser location marks the current link', async () => {
    window.history.replaceState(null, '', '/faq')
    const wrapper = mount(ShCheckoutLinks, { props: { links } })
    await wrapper.vm.$nextTick()
    expect(wrapper.get('a[href="/faq"]').attributes('aria-current')).toBe('page')
    window.history.replaceState(null, '', '/')
  })

  it('given ui.linkActive, when a link is current, then its classes merge over the link classes', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { links, currentPath: '/faq', ui: { linkActive: 'bg-sh-mark' } } })
    expect(wrapper.get('[aria-current="page"]').classes()).toContain('bg-sh-mark')
  })
})

describe('ShCheckoutLinks slot form (markdown list from MDC)', () => {
  it('given a plain ul of links in the default slot, when rendered, then it sits in the content element styled like the links form', () => {
    const wrapper = mount(ShCheckoutLinks, {
      slots: { default: () => h('ul', [h('li', [h('a', { href: '/faq' }, 'FAQ')]), h('li', [h('a', { href: '/specs' }, 'Specs')])]) },
    })
    const content = wrapper.get('[data-slot="content"]')
    expect(content.findAll('li a').map((a) => a.text())).toEqual(['FAQ', 'Specs'])
    expect(content.classes()).toEqual(theme.content.split(' '))
    expect(wrapper.get('nav').attributes('aria-labelledby')).toBe(wrapper.get('[data-slot="title"]').attributes('id'))
  })

  it('given ui.content, when the slot form renders, then the override merges in', () => {
    const wrapper = mount(ShCheckoutLinks, { props: { ui: { content: '[&_a]:no-underline' } }, slots: { default: () => h('ul') } })
    expect(wrapper.get('[data-slot="content"]').classes()).toContain('[&_a]:no-underline')
  })
})
