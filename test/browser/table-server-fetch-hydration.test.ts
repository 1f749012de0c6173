import { describe, expect, it } from 'vitest'
import { defineComponent, h, type App } from 'vue'
import ShDataTable from '../../src/components/ShDataTable.vue'
import ShMarkdown from '../../src/components/ShMarkdown.vue'
import { ShUi } from '../../src/plugin'
import { idAttributes, renderAndHydrate } from '../support/hydration'

const rows = Array.from({ length: 40 }, (_, i) => ({ id: i + 1, name: `Enabler ${i + 1}`, status: i % 2 ? 'Candidate' : 'Approved' }))
const columns = [{ name: 'name', title: 'Name', query: true }, { name: 'status', title: 'Status', filter: true }]

/** An MDC block before the table that loads on the server too: an async boundary with an id of its own. */
const AsyncBlock = defineComponent({
  async setup() {
    await Promise.resolve()
    return () => h('p', 'An earlier block')
  },
})

/** The page as MDC renders it: blocks, then a table that fetches on the server, with a markdown header. */
const page = defineComponent({
  setup: () => () => [h(AsyncBlock), h(ShDataTable, { dataUrl: '/data/enablers.json', columns, header: '**OMA enablers**' })],
})

/** sh-ui as Nuxt installs it: a fetch on both sides and one payload record the server fills and the client reads. */
function nuxtLike(fetchOnServer: () => Promise<unknown>) {
  const state: Record<string, unknown> = {}
  const calls = { client: 0 }
  const setupApp = (app: App, side: 'server' | 'client') => {
    const fetchJson = side === 'server' ? fetchOnServer : async () => (calls.client++, rows)
    app.use(ShUi, { markdown: ShMarkdown, fetchJson, jsonState: () => state })
  }
  return { setupApp, calls }
}

describe('a table that fetches on the server, after other blocks, with a markdown header', () => {
  it('given server HTML when hydrated then every id matches, there is no mismatch, and the client loads the full data once', async () => {
    const nuxt = nuxtLike(async () => rows)
    const hydrated = await renderAndHydrate(page, {}, { setupApp: nuxt.setupApp })
    expect(hydrated.html).toContain('Enabler 10')
    expect(hydrated.mismatches).toEqual([])
    expect(idAttributes(hydrated.container)).toEqual(idAttributes(hydrated.html))
    expect(nuxt.calls.client).toBe(1)
    hydrated.unmount()
  })

  it('given a server fetch that fails when hydrated then both sides show the error, and the client retries once by itself', async () => {
    const nuxt = nuxtLike(async () => {
      throw new Error('The data could not be loaded: HTTP 503.')
    })
    const hydrated = await renderAndHydrate(page, {}, { setupApp: nuxt.setupApp })
    expect(hydrated.html).toContain('HTTP 503')
    expect(hydrated.mismatches).toEqual([])
    await expect.poll(() => hydrated.container.textContent).toContain('Enabler 10')
    expect(nuxt.calls.client).toBe(1)
    hydrated.unmount()
  })
})
