import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import { h } from 'vue'
import ShSegment from '../../src/components/ShSegment.vue'
import '../support/styles.css'

// A `dark:` class in a content writer's ui map follows the tokens' model (tokens.css): a `.dark`
// ancestor, or the OS preference under the `.sh-system` opt-in; a `.light` ancestor keeps the light look.
const ui = { wrapper: 'bg-white dark:bg-black' }
const WHITE = 'rgb(255, 255, 255)'
const BLACK = 'rgb(0, 0, 0)'

let wrapper: VueWrapper | undefined
afterEach(async () => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] })
})

function background(hostClass: string): string {
  const host = document.body.appendChild(document.createElement('div'))
  host.className = hostClass
  wrapper = mount(ShSegment, { props: { ui }, slots: { default: () => h('p', 'Text') }, attachTo: host })
  return getComputedStyle(host.querySelector('[data-slot="wrapper"]')!).backgroundColor
}

const scheme = (value: 'light' | 'dark') => cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] })

describe('dark: classes in a ui map', () => {
  it('given a light OS and no class, when rendered, then the light class applies', async () => {
    await scheme('light')
    expect(background('')).toBe(WHITE)
  })

  it('given a light OS and a .dark ancestor, when rendered, then the dark class applies', async () => {
    await scheme('light')
    expect(background('dark')).toBe(BLACK)
  })

  it('given a dark OS and no class, when rendered, then the light class applies (the OS alone does not switch)', async () => {
    await scheme('dark')
    expect(background('')).toBe(WHITE)
  })

  it('given a dark OS and a .sh-system ancestor, when rendered, then the dark class applies', async () => {
    await scheme('dark')
    expect(background('sh-system')).toBe(BLACK)
  })

  it('given a dark OS, .sh-system and a .light island, when rendered, then the light class wins', async () => {
    await scheme('dark')
    expect(background('sh-system light')).toBe(WHITE)
  })
})
