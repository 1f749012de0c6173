import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import ShConfigProvider from '../../src/components/ShConfigProvider.vue'
import ShSegment from '../../src/components/ShSegment.vue'
import { ShUi } from '../../src/plugin'
import { ssr, trackBrowserGlobals } from '../support/ssr'

describe('ShConfigProvider on the server', () => {
  it('given plugin, outer and inner providers, when rendered to a string, then each component gets the merged classes of its scope', async () => {
    const render = () =>
      ssr(
        ShConfigProvider,
        { ui: { segment: { wrapper: 'p-4' }, checkoutLinks: { title: 'text-lg' } } },
        {
          setupApp: (app) => void app.use(ShUi, { ui: { segment: { wrapper: 'p-2 shadow' } } }),
          slots: {
            default: () => [
              h(ShSegment, { id: 'outer' }),
              h(ShConfigProvider, { ui: { segment: '{"wrapper":"p-8"}' } }, () => [h(ShSegment, { id: 'inner' }), h(ShCheckoutLinks, { links: [{ label: 'A', to: '/a' }] })]),
            ],
          },
        },
      )
    const { result: html, touched } = await trackBrowserGlobals(render)
    expect(html).toContain('<div id="outer" class="relative shadow p-4" data-slot="wrapper">')
    expect(html).toContain('<div id="inner" class="relative shadow p-8" data-slot="wrapper">')
    expect(html).toContain('class="mb-2 font-bold text-lg" data-slot="title"')
    expect(touched).toEqual([])
  })

  it('given an unstyled provider, when rendered to a string, then its children carry no default classes', async () => {
    // A background image gives the segment its inner element too, so both of its elements are checked.
    const segment = () => h(ShSegment, { imageBackground: '/background.png' })
    const html = await ssr(ShConfigProvider, { unstyled: true }, { slots: { default: segment } })
    expect(html).not.toMatch(/class="[^"]/)
    expect(html).toContain('<div class="" data-slot="wrapper">')
    expect(html).toContain('<div class="" data-slot="inner">')
  })
})
