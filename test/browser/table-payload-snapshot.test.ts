import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, type App } from 'vue'
import ShDataTable from '../../src/components/ShDataTable.vue'
import type { DataTableColumn } from '../../src/core/table/columns'
import { ShUi } from '../../src/plugin'
import { idAttributes, renderAndHydrate } from '../support/hydration'

// Issue 11: the page payload carries what the first render shows, and the browser loads the rest itself.
const rows = Array.from({ length: 2719 }, (_, i) => ({
  fileName: `OMA-TS-DOC${i + 1}.pdf`,
  url: `https://example.org/DOC${i + 1}.pdf`,
  status: i % 3 ? 'Approved' : 'Candidate',
  description: 'A long abstract no column shows. '.repeat(8),
}))
const columns: DataTableColumn[] = [
  { name: 'fileName', title: 'File Name', type: 'url', typeData: ['url'], query: true },
  { name: 'status', title: 'Status', filter: true, query: true },
]
const page = defineComponent({ setup: () => () => h(ShDataTable, { dataUrl: '/data/publications.json', columns, perPage: 10, filtersOpen: true }) })

/**
 * sh-ui as Nuxt installs it: the server fills a record that travels as JSON (the payload), and the
 * client's fetch of the full data waits until the test lets it answer.
 */
function nuxtLike(clientFailures = 0) {
  const server: Record<string, unknown> = {}
  const client = { state: {} as Record<string, unknown>, calls: 0 }
  let answer!: () => void
  const answered = new Promise<void>((resolve) => (answer = resolve))
  const setupApp = (app: App, side: 'server' | 'client') => {
    if (side === 'server') return void app.use(ShUi, { fetchData: async () => rows, jsonState: () => server })
    client.state = JSON.parse(JSON.stringify(server)) as Record<string, unknown>
    const fetchData = async () => {
      await answered
      if (++client.calls <= clientFailures) throw new Error('The data could not be loaded: HTTP 503.')
      return rows
    }
    app.use(ShUi, { fetchData, jsonState: () => client.state })
  }
  return { setupApp, client, payload: () => JSON.stringify(server), answer }
}

const bodyRows = (container: Element) => [...container.querySelectorAll('tbody tr[data-slot="tr"]')]
const settle = async () => {
  await nextTick()
  await new Promise((resolve) => setTimeout(resolve))
}

describe('a dataUrl table rendered on the server with jsonState', () => {
  it('given 2,719 rows when hydrated then the payload holds the first page only, nothing mismatches, and the full data is loaded once', async () => {
    const nuxt = nuxtLike()
    const hydrated = await renderAndHydrate(page, {}, { setupApp: nuxt.setupApp })
    expect(hydrated.mismatches).toEqual([])
    expect(idAttributes(hydrated.container)).toEqual(idAttributes(hydrated.html))
    const payload = nuxt.payload()
    expect(payload).toContain('OMA-TS-DOC10.pdf')
    expect(payload).not.toContain('OMA-TS-DOC11.pdf')
    expect(payload).not.toContain('A long abstract')
    expect((payload.match(/OMA-TS-DOC\d+\.pdf/g) ?? []).length).toBeLessThanOrEqual(10)
    expect(hydrated.container.querySelector('[data-slot="paginationInfo"]')!.textContent).toBe('Showing 1 to 10 of 2719')
    nuxt.answer()
    await expect.poll(() => nuxt.client.calls).toBe(1)
    hydrated.unmount()
  })

  it('given the hydrated first page when the full data arrives then the same row nodes stay, and the search finds a row from a later page', async () => {
    const nuxt = nuxtLike()
    const hydrated = await renderAndHydrate(page, {}, { setupApp: nuxt.setupApp })
    const before = bodyRows(hydrated.container)
    expect(before).toHaveLength(10)
    nuxt.answer()
    await expect.poll(() => nuxt.client.state['/data/publications.json']).toBeDefined()
    await settle()
    const after = bodyRows(hydrated.container)
    expect(after).toHaveLength(10)
    after.forEach((row, i) => expect(row).toBe(before[i]))
    expect(hydrated.container.querySelector('[role="status"][data-slot="state"]')).toBeNull()
    const search = hydrated.container.querySelector('input[type="search"]') as HTMLInputElement
    search.value = 'DOC2719'
    search.dispatchEvent(new Event('input'))
    await expect.poll(() => bodyRows(hydrated.container).map((row) => row.textContent)).toEqual(['OMA-TS-DOC2719.pdfCandidate'])
    hydrated.unmount()
  })

  it('given a search typed before the full data arrives then the first page stays shown, and the search applies once it arrives', async () => {
    const nuxt = nuxtLike()
    const hydrated = await renderAndHydrate(page, {}, { setupApp: nuxt.setupApp })
    const search = hydrated.container.querySelector('input[type="search"]') as HTMLInputElement
    search.value = 'DOC2718'
    search.dispatchEvent(new Event('input'))
    await settle()
    expect(bodyRows(hydrated.container)).toHaveLength(10)
    expect(hydrated.container.textContent).toContain('OMA-TS-DOC1.pdf')
    nuxt.answer()
    await expect.poll(() => bodyRows(hydrated.container).map((row) => row.textContent)).toEqual(['OMA-TS-DOC2718.pdfApproved'])
    hydrated.unmount()
  })

  it('given the full data fails to load after hydration then the error shows with Retry, and Retry brings the table back', async () => {
    const nuxt = nuxtLike(1)
    const hydrated = await renderAndHydrate(page, {}, { setupApp: nuxt.setupApp })
    nuxt.answer()
    await expect.poll(() => hydrated.container.querySelector('[role="alert"]')?.textContent).toContain('HTTP 503')
    ;(hydrated.container.querySelector('[role="alert"] button') as HTMLButtonElement).click()
    await expect.poll(() => bodyRows(hydrated.container)).toHaveLength(10)
    expect(hydrated.container.querySelector('[data-slot="paginationInfo"]')!.textContent).toBe('Showing 1 to 10 of 2719')
    hydrated.unmount()
  })
})
