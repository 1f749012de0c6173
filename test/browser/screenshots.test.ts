import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { h, type Component } from 'vue'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import ShFaq from '../../src/components/ShFaq.vue'
import ShIprTable from '../../src/components/ShIprTable.vue'
import ShSegment from '../../src/components/ShSegment.vue'
import { generateIprDeclarations } from '../support/ipr-generator'
import '../support/styles.css'

// Screenshot baselines of what a designer looks at first: each component at phone and desktop width, on a
// light page and in `.dark`. A visual change fails here until its new screenshots are reviewed and committed
// (`npx vitest run --project browser test/browser/screenshots.test.ts --update`). The references live in
// __screenshots__/ beside this file; they are taken with Debian's Chromium, the browser CI uses.

const blocks: Array<{ name: string; component: Component; props: Record<string, unknown>; slot?: () => unknown }> = [
  {
    name: 'faq',
    component: ShFaq,
    props: {
      title: 'Frequently asked questions',
      searchable: true,
      qas: [
        { q: 'What is LwM2M?', a: 'A device management protocol for constrained IoT devices, published by OMA SpecWorks.' },
        { q: 'Where do I find the object registry?', a: 'On the registry pages: every object with its resources and versions.' },
        { q: 'Can I join a working group?', a: 'Members can join any working group; see the membership page.' },
      ],
    },
  },
  { name: 'ipr-table', component: ShIprTable, props: { declarations: generateIprDeclarations(4, 7), variant: 'member' } },
  {
    name: 'checkout-links',
    component: ShCheckoutLinks,
    props: {
      links: [
        { label: 'LwM2M specification', to: 'https://example.org/lwm2m' },
        { label: 'Object registry', to: '/registry' },
        { label: 'Test events', to: '/events' },
      ],
    },
  },
  {
    name: 'segment',
    component: ShSegment,
    props: { ui: { wrapper: 'rounded-sh border border-sh-border bg-sh-surface-muted p-6' } },
    slot: () => [h('h2', { class: 'text-xl font-semibold' }, 'Event guide'), h('p', 'Plan the test event, book the venue and invite the members.')],
  },
]

let wrapper: VueWrapper | undefined
let host: HTMLElement | undefined
afterEach(async () => {
  wrapper?.unmount()
  wrapper = undefined
  // Nothing of one screenshot's page stays above the next one's block.
  host?.remove()
  host = undefined
  document.documentElement.classList.remove('dark')
  await page.viewport(1280, 900)
})

describe('screenshot baselines', () => {
  for (const block of blocks) {
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`given ${block.name} at ${width} px in ${scheme} when rendered then it looks as its reviewed screenshot`, async () => {
          await page.viewport(width, 900)
          // The pointer stays where an earlier test file left it: over a button of the block, it would show its hover look.
          await userEvent.hover(page.elementLocator(document.body), { position: { x: 1, y: 1 } })
          document.documentElement.classList.toggle('dark', scheme === 'dark')
          host = document.createElement('div')
          // The page behind the block, as a site paints it in each scheme (a segment's text inherits the page's colour).
          host.style.cssText = scheme === 'dark' ? 'padding:16px;background:rgb(15 23 42);color:rgb(229 231 235)' : 'padding:16px;background:white;color:rgb(17 24 39)'
          document.body.append(host)
          wrapper = mount(block.component, { props: block.props, slots: block.slot ? { default: block.slot } : {}, attachTo: host })
          await expect.element(page.elementLocator(host)).toMatchScreenshot(`${block.name}-${width}-${scheme}`)
        })
      }
    }
  }
})
