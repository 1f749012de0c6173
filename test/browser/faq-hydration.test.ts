import { afterEach, describe, expect, it } from 'vitest'
import { h, type App } from 'vue'
import { ShFaq, ShFaqItem, ShMarkdown, ShUi } from '../../src'
import { idAttributes, renderAndHydrate, type Hydrated } from '../support/hydration'
import { axeViolations } from '../support/axe'
import '../support/styles.css'

const qas = [
  { q: 'What is a widget?', a: 'A **small** part, see [the catalogue](/catalogue){ target="_blank"}.', open: true },
  { q: 'What is a widget?', a: 'Asked twice on purpose: <a href="/home" target="_blank">home</a></br>next line.' },
  { q: 'Can I return it?', a: '* Within thirty days\n* With the receipt' },
]

let result: Hydrated | undefined
afterEach(() => {
  result?.unmount()
  result = undefined
  history.replaceState(null, '', location.pathname)
})

describe('ShFaq SSR and hydration', () => {
  it('given server HTML with markdown, open items and child items, when hydrated, then there are no warnings and ids match', async () => {
    result = await renderAndHydrate(ShFaq, { qas, searchable: true, controls: true }, {
      setupApp: (app) => void app.use(ShUi, { markdown: ShMarkdown }),
      slots: { default: () => [h(ShFaqItem, { q: 'Child item?', open: true }, () => [h('p', 'Written as markdown in the page.')])] },
    })
    expect(result.warnings).toEqual([])
    expect(idAttributes(result.container)).toEqual(idAttributes(result.html))
    expect(result.container.querySelector('#what-is-a-widget-2-answer')?.getAttribute('hidden')).toBe('until-found')
    expect(result.container.querySelector('#child-item-button')?.getAttribute('aria-expanded')).toBe('true')
  })
  it('given the plain-text fallback and a deep link, when hydrated, then it matches first and opens the linked item after mount', async () => {
    history.replaceState(null, '', '#can-i-return-it')
    result = await renderAndHydrate(ShFaq, { qas })
    expect(result.mismatches).toEqual([])
    expect(result.html).toMatch(/id="can-i-return-it-button"[^>]*aria-expanded="false"/)
    expect(result.container.querySelector('#can-i-return-it-button')?.getAttribute('aria-expanded')).toBe('true')
  })
  it('given the hydrated FAQ in light and dark, when checked with axe, then there are no violations', async () => {
    const setupApp = (app: App) => void app.use(ShUi, { markdown: ShMarkdown })
    result = await renderAndHydrate(ShFaq, { qas, searchable: true, controls: true }, { setupApp })
    result.container.className = 'light bg-sh-surface text-sh-fg p-4'
    expect(await axeViolations(result.container)).toEqual([])
    result.container.className = 'dark bg-sh-surface text-sh-fg p-4'
    expect(await axeViolations(result.container)).toEqual([])
  })
})

describe('ShFaq first paint', () => {
  it('given server HTML with an open item, when the client hydrates, then no item moves or resizes', async () => {
    const { createSSRApp, h: hh } = await import('vue')
    const { renderToString } = await import('vue/server-renderer')
    const make = () => {
      const app = createSSRApp({ render: () => hh(ShFaq, { qas, searchable: true }) })
      app.use(ShUi, { markdown: ShMarkdown })
      return app
    }
    const container = document.body.appendChild(document.createElement('div'))
    container.innerHTML = await renderToString(make())
    const boxes = () => [...container.querySelectorAll('[data-slot=inner], [data-slot=answer]')].map((el) => JSON.stringify(el.getBoundingClientRect()))
    const before = boxes()
    const app = make()
    app.mount(container)
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    expect(boxes()).toEqual(before)
    app.unmount()
    container.remove()
  })
})
