import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import { ssr, trackBrowserGlobals } from '../support/ssr'

const links = [
  { label: 'FAQ', to: '/faq' },
  { label: 'Specs', to: '/specs' },
  { label: 'GitHub', to: 'https://github.com/OpenMobileAlliance' },
  { label: 'Evil', to: 'javascript:alert(1)' },
]

describe('ShCheckoutLinks on the server', () => {
  it('given links, when rendered to a string, then a labelled nav with a list of links is sent', async () => {
    const html = await ssr(ShCheckoutLinks, { links })
    const labelledBy = /<nav [^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1]
    expect(labelledBy).toBeTruthy()
    expect(html).toContain(`<p id="${labelledBy}" class="mb-2 font-bold" data-slot="title">Checkout as well:</p>`)
    expect(html).toContain('href="/faq"')
    expect(html).toContain('href="/specs"')
    expect(html).toMatch(/<a href="https:\/\/github.com\/OpenMobileAlliance" target="_blank" rel="noopener noreferrer"[^>]*>GitHub<svg[^>]*aria-hidden="true"/)
    expect(html).toContain('(opens in a new tab)</span>')
  })

  it('given an unsafe href, when rendered to a string, then only its text is sent', async () => {
    const html = await ssr(ShCheckoutLinks, { links })
    expect(html).toContain('<span class="text-sh-fg" data-slot="unsafe">Evil</span>')
    expect(html).not.toMatch(/javascript/i)
  })

  it('given currentPath, when rendered to a string, then the server already marks the current link', async () => {
    const html = await ssr(ShCheckoutLinks, { links, currentPath: '/specs' })
    expect(html).toMatch(/<a href="\/specs" class="[^"]*" aria-current="page" data-slot="linkActive">Specs<\/a>/)
    expect(html.match(/aria-current/g)).toHaveLength(1)
  })

  it('given no currentPath and no router, when rendered to a string, then no link is marked current (the server cannot know the location)', async () => {
    expect(await ssr(ShCheckoutLinks, { links })).not.toContain('aria-current')
  })

  it('given a router on /faq, when rendered to a string, then RouterLink marks the FAQ link current', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:path(.*)*', component: { render: () => null } }] })
    const html = await ssr(
      ShCheckoutLinks,
      { links },
      {
        setupApp: async (app) => {
          app.use(router)
          await router.push('/faq')
          await router.isReady()
        },
      },
    )
    expect(html).toMatch(/<a href="\/faq" class="[^"]*" aria-current="page" data-slot="linkActive">FAQ<\/a>/)
  })

  it('given the slot form, when rendered to a string, then the list sits in the styled content element', async () => {
    const html = await ssr(ShCheckoutLinks, {}, { slots: { default: () => h('ul', [h('li', [h('a', { href: '/a' }, 'A')])]) } })
    expect(html).toMatch(/<div class="\[&amp;_ul\]:list-disc[^"]*" data-slot="content"><!--\[--><ul><li><a href="\/a">A<\/a><\/li><\/ul>/)
  })

  it('given the setup runs on a server, when rendered, then sh-ui code never touches window, document or location', async () => {
    const { touched } = await trackBrowserGlobals(() => ssr(ShCheckoutLinks, { links }))
    expect(touched).toEqual([])
  })
})
