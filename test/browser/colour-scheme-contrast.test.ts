import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import { h } from 'vue'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import ShDataTable from '../../src/components/ShDataTable.vue'
import ShFaq from '../../src/components/ShFaq.vue'
import ShSegment from '../../src/components/ShSegment.vue'
import type { DataTableColumn } from '../../src/core/table/columns'
import { measureContrast } from '../support/contrast.js'
import '../support/styles.css'

// The colour-scheme model of tokens.css, measured on computed colours: whatever the OS prefers,
// every text meets 4.5:1 and every border, sort icon and focus ring 3:1 against what is painted
// behind it, on a white page that says nothing and on a dark page that says it is dark.

const WHITE = [255, 255, 255, 1]
const DARK_PAGE = [15, 23, 42, 1]
/** A dark page sets its own body text colour; ShSegment's slot content inherits it. */
const pageText = (page: number[]) => (page === WHITE ? 'rgb(17 24 39)' : 'rgb(229 231 235)')

interface Scenario {
  name: string
  os: 'light' | 'dark'
  /** Classes on <html>, as a site (or Nuxt color-mode) would set them. */
  html: string[]
  page: number[]
}

const scenarios: Scenario[] = [
  { name: 'a white page, light OS, no class', os: 'light', html: [], page: WHITE },
  { name: 'a white page, dark OS, no class', os: 'dark', html: [], page: WHITE },
  { name: 'a white page, dark OS, .light (color-mode forced light)', os: 'dark', html: ['light'], page: WHITE },
  { name: 'a white page, light OS, the .sh-system opt-in', os: 'light', html: ['sh-system'], page: WHITE },
  { name: 'a dark page, light OS, .dark', os: 'light', html: ['dark'], page: DARK_PAGE },
  { name: 'a dark page, dark OS, .dark', os: 'dark', html: ['dark'], page: DARK_PAGE },
  { name: 'a dark page, dark OS, the .sh-system opt-in', os: 'dark', html: ['sh-system'], page: DARK_PAGE },
]

const columns: DataTableColumn[] = [
  { name: 'title', title: 'Title', sortable: true, filter: true, query: true, type: 'text' },
  { name: 'status', title: 'Status', sortable: true, filter: true, query: true, type: 'text' },
]
const rows = Array.from({ length: 30 }, (_, i) => ({ title: `Document ${i + 1}`, status: i % 3 ? 'Approved' : 'Draft' }))
const qas = [
  { q: 'What is LwM2M?', a: 'A device management protocol.' },
  { q: 'Where is the specification?', a: 'On the specifications page.' },
]

let wrapper: VueWrapper | undefined
afterEach(async () => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  document.documentElement.className = ''
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] })
})

/** Every component with its controls showing, on a host painted like the page. */
async function renderPage({ os, html, page }: Scenario) {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: os }] })
  document.documentElement.classList.add(...html)
  const host = document.body.appendChild(document.createElement('main'))
  host.style.backgroundColor = `rgb(${page.slice(0, 3).join(' ')})`
  host.style.color = pageText(page)
  wrapper = mount(
    {
      render: () => [
        h(ShFaq, { title: 'Frequently asked', qas, searchable: true, controls: true, defaultOpen: true }),
        h(ShDataTable, { header: 'Documents', rows, columns, perPage: 5, sort: { column: 'title', direction: 'asc' } }),
        h(ShSegment, null, { default: () => h('p', 'Inside a segment') }),
        h(ShCheckoutLinks, { links: [{ label: 'Specification', to: '/spec' }, { label: 'OMA', to: 'https://example.org', external: true }] }),
      ],
    },
    { attachTo: host },
  )
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  return host
}

describe('colour scheme model and contrast', () => {
  for (const scenario of scenarios) {
    it(`given ${scenario.name}, when every component renders, then text reaches 4.5:1 and borders, sort icons and focus rings 3:1`, async () => {
      const host = await renderPage(scenario)
      const readings = measureContrast(host, scenario.page)
      const kinds = new Set(readings.map((reading) => reading.kind))
      expect(kinds).toEqual(new Set(['text', 'border', 'icon', 'focus']))
      const failures = readings.filter((reading) => reading.ratio < reading.min).map((r) => `${r.kind} ${r.what}: ${r.ratio.toFixed(2)}:1`)
      expect(failures).toEqual([])
    })
  }
})
