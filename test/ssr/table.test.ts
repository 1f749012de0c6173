import { describe, expect, it } from 'vitest'
import ShDataTable from '../../src/components/ShDataTable.vue'
import ShIprTable from '../../src/components/ShIprTable.vue'
import { ShUi } from '../../src/plugin'
import { generateIprDeclarations } from '../support/ipr-generator'
import { ssr, trackBrowserGlobals } from '../support/ssr'

describe('ShIprTable on the server', () => {
  it('given declarations when rendered to a string then the first page is in the HTML and later pages are not', async () => {
    const declarations = generateIprDeclarations(40, 5)
    const { result: html, touched } = await trackBrowserGlobals(() => ssr(ShIprTable, { declarations, caption: 'Declarations' }))
    expect(touched).toEqual([])
    expect(html).toContain('<caption')
    expect(html).toContain('Showing 1 to 10 of 40')
    expect((html.match(/data-slot="tr"/g) ?? []).length).toBe(10)
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    expect(html).toContain(escape(declarations[9]!.patent!))
    expect(html).not.toContain(`>${escape(declarations[10]!.title!)}<`)
  })

  it('given a dataUrl and a plugin fetchJson when rendered to a string then the rows are fetched on the server', async () => {
    const html = await ssr(ShDataTable, { dataUrl: '/data.json', dataField: 'items' }, {
      setupApp: (app) => {
        app.use(ShUi, { fetchJson: async (url: string) => ({ items: [{ name: `from ${url}` }] }) })
      },
    })
    expect(html).toContain('from /data.json')
    expect(html).not.toContain('Loading')
  })

  it('given a dataUrl without a fetchJson when rendered to a string then the loading state is sent', async () => {
    const html = await ssr(ShDataTable, { dataUrl: '/data.json' })
    expect(html).toContain('Loading…')
  })
})
