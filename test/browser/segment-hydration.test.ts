import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, inject } from 'vue'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import ShConfigProvider from '../../src/components/ShConfigProvider.vue'
import ShSegment from '../../src/components/ShSegment.vue'
import { ShUi } from '../../src/plugin'
import { idAttributes, renderAndHydrate, type Hydrated } from '../support/hydration'

let hydrated: Hydrated | undefined
afterEach(() => {
  hydrated?.unmount()
  hydrated = undefined
})

async function hydrate(...args: Parameters<typeof renderAndHydrate>) {
  hydrated = await renderAndHydrate(...args)
  return hydrated
}

describe('the renderAndHydrate helper', () => {
  it('given a component that renders differently on server and client, when hydrated, then the mismatch is reported', async () => {
    const Unstable = defineComponent(() => {
      const side = inject<string>('side')
      return () => h('p', { class: side }, side)
    })
    const { mismatches } = await hydrate(Unstable, {}, { setupApp: (app, side) => void app.provide('side', side) })
    expect(mismatches.length).toBeGreaterThan(0)
  })

  it('given a stable component, when hydrated, then the server DOM is reused and becomes reactive', async () => {
    const { container, html, mismatches } = await hydrate(ShSegment, { id: 'kept' }, { slots: { default: () => 'Text' } })
    expect(mismatches).toEqual([])
    expect(container.innerHTML).toBe(html)
  })
})

describe('ShSegment hydration', () => {
  it.each([
    ['defaults', {}],
    ['ui, as and a class attribute', { as: 'section', ui: { wrapper: 'p-4', inner: 'max-w-prose' }, class: 'p-6 border' }],
    ['a JSON-string ui', { ui: '{"wrapper":"p-4"}' }],
    ['an image background', { imageBackground: '/img/bg.png', imageBackgroundClass: 'opacity-30' }],
    ['a data-image background', { imageBackground: 'data:image/png;base64,iVBORw0KGgo=' }],
    ['a hostile background URL', { imageBackground: 'x.png"); color: red; --x: ("' }],
    ['a hostile tag', { as: 'script' }],
  ])('given server HTML of a segment with %s, when hydrated, then there are zero hydration mismatches', async (_, props) => {
    const { mismatches } = await hydrate(ShSegment, props, { slots: { default: () => h('p', 'Hello') } })
    expect(mismatches).toEqual([])
  })

  it.each(['div', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'figure', 'blockquote', 'span', 'li', 'p'])(
    'given as="%s" around block content, when hydrated, then there are zero hydration mismatches',
    async (as) => {
      const { mismatches } = await hydrate(ShSegment, { as }, { slots: { default: () => h('p', 'Paragraph') } })
      expect(mismatches).toEqual([])
    },
  )

  it('given nested segments, when hydrated, then there are zero mismatches and both wrappers exist', async () => {
    const { mismatches, container } = await hydrate(ShSegment, { as: 'section' }, { slots: { default: () => h(ShSegment, { as: 'article' }, () => 'Deep') } })
    expect(mismatches).toEqual([])
    expect(container.querySelector('section article')?.textContent).toBe('Deep')
  })
})

describe('ShConfigProvider trees hydrate', () => {
  it('given plugin options and nested providers around segments and links, when hydrated, then zero mismatches and the server ids are kept', async () => {
    const tree = () => [
      h(ShSegment, { id: 'a' }, () => 'A'),
      h(ShConfigProvider, { ui: { segment: '{"wrapper":"p-8"}', checkoutLinks: { title: 'text-lg' } } }, () => [
        h(ShSegment, { id: 'b' }, () => 'B'),
        h(ShCheckoutLinks, { links: [{ label: 'FAQ', to: '/faq' }] }),
        h(ShCheckoutLinks, { title: 'More', links: [{ label: 'Specs', to: '/specs' }] }),
      ]),
    ]
    const { html, container, mismatches } = await hydrate(
      ShConfigProvider,
      { ui: { segment: { wrapper: 'p-4' } } },
      { slots: { default: tree }, setupApp: (app) => void app.use(ShUi, { ui: { segment: { inner: 'grid' } } }) },
    )
    expect(mismatches).toEqual([])
    expect(idAttributes(container)).toEqual(idAttributes(html))
    expect(idAttributes(container).filter((entry) => entry.startsWith('aria-labelledby='))).toHaveLength(2)
    expect(container.querySelector('#b')!.className).toBe('relative p-8')
  })

  it('given an unstyled provider, when hydrated, then zero mismatches', async () => {
    const { mismatches } = await hydrate(ShConfigProvider, { unstyled: true }, { slots: { default: () => h(ShSegment, () => 'x') } })
    expect(mismatches).toEqual([])
  })
})
