import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import ShSegment from '../../src/components/ShSegment.vue'
import { captureWarnings } from '../support/warnings'

const warned = captureWarnings()
const shWarnings = warned.sh

/** Style attribute of the background layer, as the browser will parse it. */
const backgroundStyle = (props: Record<string, unknown>) => mount(ShSegment, { props }).find('[data-slot="background"]')

describe('ShSegment content and class map', () => {
  it('given slot content and no background, when rendered, then it sits directly in the wrapper (whose layout classes then apply to it)', () => {
    const wrapper = mount(ShSegment, { slots: { default: () => h('p', 'Hello LwM2M') } })
    expect(wrapper.get('[data-slot="wrapper"] > p').text()).toBe('Hello LwM2M')
    expect(wrapper.find('[data-slot="inner"]').exists()).toBe(false)
  })

  it('given ui.wrapper and ui.inner as content writes them, when rendered, then both elements carry the classes', () => {
    const wrapper = mount(ShSegment, { props: { ui: { wrapper: 'border p-4 rounded-sh', inner: 'max-w-prose' } } })
    expect(wrapper.get('[data-slot="wrapper"]').classes()).toEqual(['relative', 'border', 'p-4', 'rounded-sh'])
    expect(wrapper.get('[data-slot="inner"]').classes()).toEqual(['relative', 'max-w-prose'])
  })

  it('given a JSON-string ui from MDC, when rendered, then it is applied like an object', () => {
    const wrapper = mount(ShSegment, { props: { ui: '{"wrapper":"bg-sh-surface-muted p-6"}' } })
    expect(wrapper.get('[data-slot="wrapper"]').classes()).toEqual(['relative', 'bg-sh-surface-muted', 'p-6'])
  })

  it('given a description for content writers, when rendered, then it appears nowhere in the markup', () => {
    const wrapper = mount(ShSegment, { props: { description: 'Editor note: hero block' }, slots: { default: () => 'Body' } })
    expect(wrapper.html()).not.toContain('Editor note')
    expect(wrapper.text()).toBe('Body')
  })

  it('given other attributes, when rendered, then they land on the wrapper', () => {
    const wrapper = mount(ShSegment, { attrs: { id: 'intro', 'aria-label': 'Intro' }, props: { ui: { inner: 'max-w-prose' } } })
    expect(wrapper.get('[data-slot="wrapper"]').attributes()).toMatchObject({ id: 'intro', 'aria-label': 'Intro' })
    expect(wrapper.get('[data-slot="inner"]').attributes('id')).toBeUndefined()
  })

  it('given every variant, when rendered, then every themed element carries its data-slot', () => {
    const wrapper = mount(ShSegment, { props: { imageBackground: '/bg.png' } })
    const slots = wrapper.findAll('*').map((el) => el.attributes('data-slot'))
    expect(slots).toEqual(['wrapper', 'background', 'inner'])
  })
})

describe('ShSegment as', () => {
  it.each(['section', 'article', 'aside', 'SECTION'])('given as="%s", when rendered, then the wrapper is that element', (as) => {
    expect(mount(ShSegment, { props: { as } }).get('[data-slot="wrapper"]').element.tagName).toBe(as.toUpperCase())
    expect(shWarnings()).toEqual([])
  })

  it('given no as, when rendered, then the wrapper is a div', () => {
    expect(mount(ShSegment).element.tagName).toBe('DIV')
  })

  it.each(['script', 'style', 'iframe', 'object', 'ShSegment', '', 'p'])('given the hostile or unknown as=%j, when rendered, then a div is used and one warning names ShSegment and as', (as) => {
    const wrapper = mount(ShSegment, { props: { as }, slots: { default: () => 'alert(1)' } })
    expect(wrapper.element.tagName).toBe('DIV')
    expect(wrapper.find('script').exists()).toBe(false)
    expect(shWarnings()).toEqual([expect.stringMatching(/^\[sh-ui\] ShSegment: as=".*" is not an allowed tag/)])
  })
})

describe('ShSegment background image', () => {
  it('given no imageBackground, when rendered, then there is no background layer', () => {
    expect(mount(ShSegment).find('[data-slot="background"]').exists()).toBe(false)
  })

  it('given imageBackground and imageBackgroundClass, when rendered, then a decorative layer shows the image with merged classes', () => {
    const layer = backgroundStyle({ imageBackground: '/img/hero.png', imageBackgroundClass: 'opacity-30 bg-top' })
    expect(layer.attributes('aria-hidden')).toBe('true')
    expect(layer.attributes('style')).toContain('url("/img/hero.png")')
    // bg-top replaces the default bg-center; everything else stays.
    expect(layer.classes()).toEqual(['pointer-events-none', 'absolute', 'inset-0', 'bg-cover', 'opacity-30', 'bg-top'])
  })

  it('given ui.background, when rendered, then it merges into the layer too', () => {
    const layer = backgroundStyle({ imageBackground: '/a.png', ui: { background: 'bg-contain' } })
    expect(layer.classes()).toContain('bg-contain')
    expect(layer.classes()).not.toContain('bg-cover')
  })

  it.each([
    'x.png"); background-color: red; x: url("',
    "x.png'); color: red",
    'x.png) ; position: fixed; (',
    'x.png\\"); color: red',
    'x.png;}body{display:none',
  ])('given the injection attempt %j, when rendered, then the style holds exactly one background-image declaration', (url) => {
    const layer = backgroundStyle({ imageBackground: url })
    const el = layer.element as HTMLElement
    expect(el.style.length).toBe(1)
    expect(el.style.getPropertyValue('background-image')).toMatch(/^url\("?[^"\\;()]*"?\)$/)
    expect(el.style.getPropertyValue('background-color')).toBe('')
    expect(el.style.getPropertyValue('position')).toBe('')
  })

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html,<script>x</script>'])(
    'given the unsafe URL %j, when rendered, then no background layer renders and one warning names ShSegment and imageBackground',
    (url) => {
      const wrapper = mount(ShSegment, { props: { imageBackground: url }, slots: { default: () => 'Still here' } })
      expect(wrapper.find('[data-slot="background"]').exists()).toBe(false)
      expect(wrapper.text()).toBe('Still here')
      expect(shWarnings()).toEqual([expect.stringMatching(/^\[sh-ui\] ShSegment: imageBackground .* is not a safe URL/)])
    },
  )

  it('given a base64 PNG data URL, when rendered, then it is used as the background', () => {
    const layer = backgroundStyle({ imageBackground: 'data:image/png;base64,iVBORw0KGgo=' })
    expect(layer.attributes('style')).toContain('data:image/png;base64,iVBORw0KGgo=')
  })
})

describe('nested ShSegment', () => {
  it('given a segment inside a segment, when rendered, then each has its own class map and the inner one is a direct child of the outer wrapper', () => {
    const wrapper = mount(ShSegment, {
      props: { as: 'section', ui: { wrapper: 'p-8' } },
      slots: { default: () => h(ShSegment, { as: 'article', ui: { wrapper: 'p-2' } }, () => 'Deep') },
    })
    const outer = wrapper.get('section[data-slot="wrapper"]')
    const inner = outer.get(':scope > article[data-slot="wrapper"]')
    expect(outer.classes()).toContain('p-8')
    expect(inner.classes()).toContain('p-2')
    expect(inner.classes()).not.toContain('p-8')
    expect(inner.text()).toBe('Deep')
  })
})
