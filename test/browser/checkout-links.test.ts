import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp, page, userEvent } from 'vitest/browser'
import { h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import { axeViolations } from '../support/axe'
import '../support/styles.css'

const links = [
  { label: 'LwM2M FAQ', to: '/faq', description: 'Common questions' },
  { label: 'Broken', to: 'javascript:alert(1)' },
  { label: 'Specifications', to: '/specs' },
  { label: 'OMA on GitHub', to: 'https://github.com/OpenMobileAlliance' },
]

let wrapper: VueWrapper | undefined
afterEach(async () => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] })
})

/** Mounts the block between two buttons inside a main landmark, optionally in a dark-mode container. */
function render(props: Record<string, unknown>, { dark = false, slot }: { dark?: boolean; slot?: () => unknown } = {}) {
  const host = document.createElement('main')
  host.className = dark ? 'dark bg-sh-surface p-4' : 'bg-sh-surface p-4'
  document.body.append(host)
  wrapper = mount(
    { render: () => [h('button', { id: 'before', class: 'text-sh-fg' }, 'Before'), h(ShCheckoutLinks, props, slot ? { default: slot } : undefined), h('button', { id: 'after', class: 'text-sh-fg' }, 'After')] },
    { attachTo: host },
  )
  return host
}

describe('keyboard', () => {
  it('given the links block, when tabbing through, then focus visits every real link in order and skips the unsafe label', async () => {
    render({ links, currentPath: '/specs' })
    document.getElementById('before')!.focus()
    const visited: string[] = []
    for (let step = 0; step < 4; step++) {
      await userEvent.tab()
      visited.push(document.activeElement!.textContent!.trim())
    }
    expect(visited).toEqual(['LwM2M FAQ', 'Specifications', 'OMA on GitHub (opens in a new tab)', 'After'])
  })

  it('given keyboard focus on a link, when it is focused, then a visible 2px outline in the focus token colour appears', async () => {
    render({ links })
    const faq = document.querySelector<HTMLAnchorElement>('a[href="/faq"]')!
    expect(getComputedStyle(faq).outlineStyle).toBe('none')
    document.getElementById('before')!.focus()
    await userEvent.tab()
    expect(document.activeElement).toBe(faq)
    expect(faq.matches(':focus-visible')).toBe(true)
    const style = getComputedStyle(faq)
    expect(style.outlineStyle).toBe('solid')
    expect(style.outlineWidth).toBe('2px')
    expect(style.outlineColor).toBe('rgb(37, 99, 235)')
  })

  it('given dark mode, when a link has keyboard focus, then the outline uses the dark focus token', async () => {
    render({ links }, { dark: true })
    document.getElementById('before')!.focus()
    await userEvent.tab()
    expect(getComputedStyle(document.activeElement!).outlineColor).toBe('rgb(147, 197, 253)')
  })
})

describe('keyboard with vue-router', () => {
  it('given a router, when a link is focused with Tab and Enter is pressed, then the router navigates and marks it current', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:path(.*)*', component: { render: () => null } }] })
    await router.push('/faq')
    await router.isReady()
    const host = document.createElement('main')
    document.body.append(host)
    wrapper = mount({ render: () => [h('button', { id: 'before' }, 'Before'), h(ShCheckoutLinks, { links })] }, { attachTo: host, global: { plugins: [router] } })
    document.getElementById('before')!.focus()
    await userEvent.tab()
    await userEvent.tab()
    expect(document.activeElement!.textContent).toBe('Specifications')
    await userEvent.keyboard('{Enter}')
    await new Promise((resolve) => setTimeout(resolve))
    expect(router.currentRoute.value.path).toBe('/specs')
    expect(document.activeElement!.getAttribute('aria-current')).toBe('page')
  })
})

describe('accessible names and visually hidden text', () => {
  it('given an external link, when inspected, then its accessible name includes the new-tab hint while the hint takes no visible space', async () => {
    render({ links })
    const external = page.getByRole('link', { name: 'OMA on GitHub (opens in a new tab)' })
    await expect.element(external).toBeInTheDocument()
    const hint = document.querySelector<HTMLElement>('[data-slot="srOnly"]')!
    const box = hint.getBoundingClientRect()
    expect(box.width).toBeLessThanOrEqual(1)
    expect(box.height).toBeLessThanOrEqual(1)
    expect(getComputedStyle(hint).clipPath === 'inset(50%)' || getComputedStyle(hint).clip === 'rect(0px, 0px, 0px, 0px)').toBe(true)
    const icon = document.querySelector<SVGElement>('[data-slot="externalIcon"]')!
    expect(icon.getBoundingClientRect().width).toBeGreaterThan(8)
  })

  it('given the block, when looking for landmarks, then a navigation named by the title exists', async () => {
    render({ links, title: 'Related pages' })
    await expect.element(page.getByRole('navigation', { name: 'Related pages' })).toBeInTheDocument()
    await expect.element(page.getByRole('link', { name: 'Specifications' })).toBeInTheDocument()
  })

  it('given the current page, when inspected, then assistive tech gets aria-current and the link looks different from the others', async () => {
    render({ links, currentPath: '/specs' })
    const current = document.querySelector<HTMLElement>('[aria-current="page"]')!
    const other = document.querySelector<HTMLElement>('a[href="/faq"]')!
    expect(current.textContent).toBe('Specifications')
    expect(getComputedStyle(current).fontWeight).toBe('700')
    expect(getComputedStyle(current).textDecorationLine).toBe('none')
    expect(getComputedStyle(other).textDecorationLine).toBe('underline')
  })
})

describe('slot form looks like the links form', () => {
  it('given a markdown list in the slot next to a links block, when rendered, then links and lists look the same in both', async () => {
    const host = document.createElement('main')
    document.body.append(host)
    wrapper = mount(
      {
        render: () => [
          h(ShCheckoutLinks, { links: [{ label: 'Prop link', to: '/a' }] }),
          h(ShCheckoutLinks, null, { default: () => h('ul', [h('li', [h('a', { href: '/b' }, 'Slot link')])]) }),
        ],
      },
      { attachTo: host },
    )
    const [propLink, slotLink] = ['/a', '/b'].map((href) => host.querySelector<HTMLElement>(`a[href="${href}"]`)!)
    const [propList, slotList] = [...host.querySelectorAll<HTMLElement>('ul')]
    for (const property of ['color', 'fontWeight', 'textDecorationLine', 'textUnderlineOffset'] as const) {
      expect(getComputedStyle(slotLink!)[property]).toBe(getComputedStyle(propLink!)[property])
    }
    for (const property of ['listStyleType', 'paddingInlineStart'] as const) {
      expect(getComputedStyle(slotList!)[property]).toBe(getComputedStyle(propList!)[property])
    }
    expect(getComputedStyle(slotLink!).color).toBe('rgb(29, 78, 216)')
  })
})

describe('dark mode from the operating system', () => {
  it('given prefers-color-scheme dark and no class, when rendered, then links keep the light tokens (the page may well stay white)', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] })
    const host = render({ links, currentPath: '/faq' })
    expect(getComputedStyle(host.querySelector('a[href="/specs"]')!).color).toBe('rgb(29, 78, 216)')
    expect(await axeViolations(host)).toEqual([])
  })

  it('given prefers-color-scheme dark and the .sh-system opt-in, when rendered, then links use the dark tokens and axe finds no violations', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] })
    document.documentElement.classList.add('sh-system')
    try {
      const host = render({ links, currentPath: '/faq' })
      expect(getComputedStyle(host.querySelector('a[href="/specs"]')!).color).toBe('rgb(147, 197, 253)')
      expect(await axeViolations(host)).toEqual([])
    } finally {
      document.documentElement.classList.remove('sh-system')
    }
  })

  it('given prefers-color-scheme dark, the .sh-system opt-in and a .light ancestor, when rendered, then the light tokens win', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] })
    document.documentElement.classList.add('sh-system', 'light')
    try {
      const host = render({ links })
      expect(getComputedStyle(host.querySelector('a[href="/specs"]')!).color).toBe('rgb(29, 78, 216)')
    } finally {
      document.documentElement.classList.remove('sh-system', 'light')
    }
  })
})

describe('axe', () => {
  for (const dark of [false, true]) {
    const scheme = dark ? 'dark' : 'light'
    it(`given links of every kind in ${scheme} mode, when axe runs, then there are zero violations including colour contrast`, async () => {
      const host = render({ links, currentPath: '/faq' }, { dark })
      expect(await axeViolations(host)).toEqual([])
    })

    it(`given the slot form in ${scheme} mode, when axe runs, then there are zero violations`, async () => {
      const host = render({}, { dark, slot: () => h('ul', [h('li', [h('a', { href: '/b' }, 'Slot link')])]) })
      expect(await axeViolations(host)).toEqual([])
    })
  }
})
