import { describe, expect, it } from 'vitest'
import ShDataTable from '../../src/components/ShDataTable.vue'
import { ShUi } from '../../src/plugin'
import { ssr } from '../support/ssr'

const rows = [
  { id: 1, name: 'Ann', city: 'London' },
  { id: 2, name: 'Bob', city: 'Paris' },
]
const columns = [{ name: 'name' }, { name: 'city', title: 'City', filter: true }]
const checkboxes = (html: string) => (html.match(/data-slot="filterCheckbox"/g) ?? []).length

describe('quick filters open on the server', () => {
  it('given filtersOpen when rendered to a string then the panel is open and its values are in the HTML', async () => {
    const html = await ssr(ShDataTable, { rows, columns, filtersOpen: true })
    expect(html).toMatch(/<details[^>]*open/)
    expect(checkboxes(html)).toBe(2)
    expect(html).toContain('Paris')
  })

  it('given the plugin default filtersOpen when a table sets nothing then it starts open, and a table can still close it', async () => {
    const setupApp = (app: import('vue').App) => void app.use(ShUi, { filtersOpen: true })
    expect(checkboxes(await ssr(ShDataTable, { rows, columns }, { setupApp }))).toBe(2)
    expect(checkboxes(await ssr(ShDataTable, { rows, columns, filtersOpen: false }, { setupApp }))).toBe(0)
  })

  it('given nothing set when rendered then the filters start closed, as before', async () => {
    const html = await ssr(ShDataTable, { rows, columns })
    expect(html).not.toMatch(/<details[^>]*open/)
    expect(checkboxes(html)).toBe(0)
  })
})
