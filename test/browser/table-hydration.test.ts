import { describe, expect, it } from 'vitest'
import ShIprTable from '../../src/components/ShIprTable.vue'
import { generateIprDeclarations } from '../support/ipr-generator'
import { idAttributes, renderAndHydrate } from '../support/hydration'
import '../support/styles.css'

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

describe('ShIprTable hydration', () => {
  it('given server HTML of the first page when hydrated then there is no mismatch and the table becomes interactive', async () => {
    const hydrated = await renderAndHydrate(ShIprTable, { declarations: generateIprDeclarations(60, 9), caption: 'IPR' })
    expect(hydrated.mismatches).toEqual([])
    expect(idAttributes(hydrated.container)).toEqual(idAttributes(hydrated.html))
    ;(hydrated.container.querySelector('button[aria-label="Page 2"]') as HTMLButtonElement).click()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(hydrated.container.textContent).toContain('Showing 11 to 20 of 60')
    hydrated.unmount()
  })

  it('given All with 1,500 rows rendered on the server when hydrated then the virtualised slice matches', async () => {
    const hydrated = await renderAndHydrate(ShIprTable, { declarations: generateIprDeclarations(1500, 9), pageSize: 0 })
    expect(hydrated.mismatches).toEqual([])
    expect(hydrated.container.querySelectorAll('tbody tr[data-slot="tr"]').length).toBeLessThan(80)
    // The virtualizer loads after hydration and takes over scrolling.
    const scroller = hydrated.container.querySelector('[data-slot="scroller"]') as HTMLElement
    const lastIndex = () => (hydrated.container.querySelector('tbody tr[data-slot="tr"]:last-of-type') as HTMLElement).dataset.index
    await expect.poll(async () => {
      scroller.scrollTop = scroller.scrollHeight
      await frame()
      return lastIndex()
    }, { timeout: 5000 }).toBe('1499')
    expect(hydrated.container.querySelectorAll('tbody tr[data-slot="tr"]').length).toBeLessThan(80)
    hydrated.unmount()
  })
})
