import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import ShSegment from '../../src/components/ShSegment.vue'
import { axeViolations } from '../support/axe'
import '../support/styles.css'

/** A 1x1 PNG, so the browser really has to decode the data URL. */
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

function render(props: Record<string, unknown>, content: () => unknown = () => h('p', 'Segment text'), hostClass = 'bg-sh-surface p-4') {
  const host = document.createElement('main')
  host.className = hostClass
  document.body.append(host)
  wrapper = mount(ShSegment, { props, slots: { default: content }, attachTo: host })
  return host
}

const layer = (host: Element) => host.querySelector<HTMLElement>('[data-slot="background"]')

/** Loads the URL inside a computed `url("…")` as an image; resolves with its natural width (0 when broken). */
function loadCssImage(value: string): Promise<number> {
  const url = /^url\("(.*)"\)$/.exec(value)?.[1] ?? ''
  return new Promise((resolve) => {
    const img = new Image()
    img.onload = () => resolve(img.naturalWidth)
    img.onerror = () => resolve(0)
    img.src = url
  })
}

describe('ShSegment background in the browser', () => {
  it('given an image background, when laid out, then the decorative layer covers the whole segment behind the content', () => {
    const host = render({ imageBackground: '/bg.png', ui: { wrapper: 'p-8' } })
    const wrapperBox = host.querySelector('[data-slot="wrapper"]')!.getBoundingClientRect()
    const layerBox = layer(host)!.getBoundingClientRect()
    expect([layerBox.width, layerBox.height]).toEqual([wrapperBox.width, wrapperBox.height])
    const text = host.querySelector('p')!.getBoundingClientRect()
    // The content is on top: hit-testing the text finds the text, not the layer.
    expect(document.elementFromPoint(text.left + 2, text.top + 2)).toBe(host.querySelector('p'))
    expect(getComputedStyle(layer(host)!).pointerEvents).toBe('none')
  })

  it('given imageBackgroundClass, when laid out, then the classes take effect on the layer', () => {
    const host = render({ imageBackground: '/bg.png', imageBackgroundClass: 'opacity-30' })
    expect(getComputedStyle(layer(host)!).opacity).toBe('0.3')
  })

  it('given a base64 data-image background, when the browser reads it, then the image decodes', async () => {
    const host = render({ imageBackground: PIXEL })
    const value = getComputedStyle(layer(host)!).backgroundImage
    expect(await loadCssImage(value)).toBe(1)
  })

  it.each([
    'x.png"); background-color: red; --x: url("',
    "x.png'); background-color: red; --x: ('",
    'x.png) ; background-color: red ; (',
    'x.png\\"); background-color: red',
    'x.png;}main{display:none}',
  ])('given the injection attempt %j, when applied, then the element has one style declaration and no red background', (url) => {
    const host = render({ imageBackground: url })
    const el = layer(host)!
    expect(el.style.length).toBe(1)
    expect(el.style[0]).toBe('background-image')
    expect(getComputedStyle(el).backgroundColor).toBe('rgba(0, 0, 0, 0)')
    expect(getComputedStyle(host).display).toBe('block')
  })
})

describe('nested segments in the browser', () => {
  it('given a padded segment inside another, when laid out, then the inner one sits within the outer padding', () => {
    const host = render({ ui: { wrapper: 'p-8' } }, () => h(ShSegment, { id: 'inner', ui: { wrapper: 'p-2' } }, () => 'Deep'))
    const outer = host.querySelector<HTMLElement>('[data-slot="wrapper"]')!.getBoundingClientRect()
    const inner = document.getElementById('inner')!.getBoundingClientRect()
    expect(inner.left - outer.left).toBe(32)
    expect(getComputedStyle(document.getElementById('inner')!).paddingTop).toBe('8px')
  })
})

describe('axe', () => {
  const content = () => [h('h2', 'LwM2M'), h('p', { class: 'text-sh-muted' }, 'Lightweight M2M device management.'), h('a', { href: '/faq', class: 'text-sh-link underline' }, 'Read the FAQ')]
  const ui = { wrapper: 'rounded-sh border border-sh-border p-4 text-sh-fg' }

  for (const dark of [false, true]) {
    const hostClass = dark ? 'dark bg-sh-surface p-4' : 'bg-sh-surface p-4'

    it(`given a segment with headings, text and a link in ${dark ? 'dark' : 'light'} mode, when axe runs, then there are zero violations and every text passes colour contrast`, async () => {
      const host = render({ as: 'section', ui, 'aria-label': 'Intro' }, content, hostClass)
      expect(await axeViolations(host)).toEqual([])
    })

    it(`given a segment with a decorative background image in ${dark ? 'dark' : 'light'} mode, when axe runs, then there are zero violations`, async () => {
      const host = render({ as: 'section', imageBackground: PIXEL, imageBackgroundClass: 'opacity-10', ui, 'aria-label': 'Intro' }, content, hostClass)
      // axe cannot compute contrast over an image; the layer itself must not be exposed.
      expect(await axeViolations(host, { requireContrast: false })).toEqual([])
      expect(layer(host)!.getAttribute('aria-hidden')).toBe('true')
    })
  }
})
