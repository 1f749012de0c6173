import { afterEach, describe, expect, it } from 'vitest'
import { h, nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import { idAttributes, renderAndHydrate, type Hydrated } from '../support/hydration'

const links = [
  { label: 'FAQ', to: '/faq' },
  { label: 'Specs', to: '/specs', description: 'Released versions' },
  { label: 'GitHub', to: 'https://github.com/OpenMobileAlliance' },
  { label: 'Broken', to: 'javascript:alert(1)' },
  { label: 'FAQ', to: '/faq' },
]

let hydrated: Hydrated | undefined
const startPath = location.pathname
afterEach(() => {
  hydrated?.unmount()
  hydrated = undefined
  history.replaceState(null, '', startPath)
})

async function hydrate(...args: Parameters<typeof renderAndHydrate>) {
  hydrated = await renderAndHydrate(...args)
  return hydrated
}

describe('ShCheckoutLinks hydration', () => {
  it('given links and currentPath, when hydrated, then zero mismatches, the same ids, and the current link kept', async () => {
    const { html, container, mismatches } = await hydrate(ShCheckoutLinks, { links, currentPath: '/specs' })
    expect(mismatches).toEqual([])
    expect(idAttributes(container)).toEqual(idAttributes(html))
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('Specs')
  })

  it('given no currentPath, when hydrated on /faq, then zero mismatches and the FAQ links become current after mount', async () => {
    history.replaceState(null, '', '/faq')
    const { html, container, mismatches } = await hydrate(ShCheckoutLinks, { links })
    expect(mismatches).toEqual([])
    expect(html).not.toContain('aria-current')
    await nextTick()
    expect([...container.querySelectorAll('[aria-current="page"]')].map((a) => a.getAttribute('href'))).toEqual(['/faq', '/faq'])
  })

  it('given the slot form, when hydrated, then zero mismatches and the title id still labels the nav', async () => {
    const { container, mismatches } = await hydrate(ShCheckoutLinks, { title: 'Related' }, { slots: { default: () => h('ul', [h('li', [h('a', { href: '/a' }, 'A')])]) } })
    expect(mismatches).toEqual([])
    const labelledBy = container.querySelector('nav')!.getAttribute('aria-labelledby')!
    expect(document.getElementById(labelledBy)?.textContent).toBe('Related')
  })

  it('given vue-router on /faq, when hydrated, then zero mismatches and a click navigates without reloading', async () => {
    let clientRouter: ReturnType<typeof createRouter> | undefined
    const { container, mismatches } = await hydrate(
      ShCheckoutLinks,
      { links },
      {
        setupApp: async (app, side) => {
          const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:path(.*)*', component: { render: () => null } }] })
          app.use(router)
          await router.push('/faq')
          await router.isReady()
          if (side === 'client') clientRouter = router
        },
      },
    )
    expect(mismatches).toEqual([])
    const specs = container.querySelector<HTMLAnchorElement>('a[href="/specs"]')!
    const before = location.href
    specs.click()
    await new Promise((resolve) => setTimeout(resolve))
    expect(clientRouter!.currentRoute.value.path).toBe('/specs')
    expect(location.href).toBe(before)
    expect(container.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe('/specs')
  })
})
