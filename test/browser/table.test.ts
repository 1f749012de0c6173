import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { page, userEvent } from 'vitest/browser'
import ShDataTable from '../../src/components/ShDataTable.vue'
import ShIprTable from '../../src/components/ShIprTable.vue'
import { generateIprDeclarations } from '../support/ipr-generator'
import { normalizeCountry } from '../../src/core/ipr'
import '../support/styles.css'

let wrapper: VueWrapper | undefined
afterEach(async () => {
  wrapper?.unmount()
  wrapper = undefined
  await page.viewport(1280, 900)
})

function mountIpr(count: number, props: Record<string, unknown> = {}) {
  const host = document.createElement('div')
  document.body.append(host)
  wrapper = mount(ShIprTable, { props: { declarations: generateIprDeclarations(count, 11), ...props }, attachTo: host })
  return wrapper
}

const rows = () => [...document.querySelectorAll('tbody tr[data-slot="tr"]')] as HTMLTableRowElement[]
/** Where a cell's own text is drawn (a label drawn by CSS is not part of it). */
function textBox(cell: HTMLElement): DOMRect {
  const range = document.createRange()
  range.selectNodeContents(cell)
  return range.getBoundingClientRect()
}
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
/** Scrolls a virtualised page to its end until `index` is drawn; the virtualizer is a lazy import, so this waits for it. */
async function scrollToLastRow(scroller: HTMLElement, index: string): Promise<void> {
  await expect
    .poll(async () => {
      scroller.scrollTop = scroller.scrollHeight
      await frame()
      return rows().at(-1)!.dataset.index
    }, { timeout: 5000 })
    .toBe(index)
}

describe('ShDataTable in Chromium', () => {
  it('given a search typed with the keyboard when rows match then matches are marked and the count is announced politely', async () => {
    mountIpr(200)
    const input = page.getByRole('searchbox', { name: 'Search' })
    await userEvent.click(input)
    await userEvent.keyboard('kestrel method')
    await expect.poll(() => document.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^\d+ results?$/)
    const marks = [...document.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase())
    expect(marks).toContain('kestrel')
    expect(marks).toContain('method')
    for (const row of rows()) expect(row.textContent!.toLowerCase()).toMatch(/kestrel[\s\S]*method|method[\s\S]*kestrel/)
  })

  it('given the keyboard only when a quick filter is opened and a value checked then rows narrow and the state is announced', async () => {
    mountIpr(200)
    const summary = document.querySelector('summary') as HTMLElement
    expect(summary.textContent).toContain('Specification Reference')
    summary.focus()
    await userEvent.keyboard('{Tab}{Tab}{Enter}')
    expect(document.activeElement?.textContent).toContain('Country-Province')
    await expect.poll(() => document.querySelectorAll('details[open] input[type="checkbox"]').length).toBeGreaterThan(1)
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Find a Country-Province value')
    await userEvent.keyboard('united{Tab}')
    expect((document.activeElement as HTMLInputElement).type).toBe('checkbox')
    const label = document.activeElement!.closest('label')!.textContent!
    await userEvent.keyboard(' ')
    const [name, count] = [label.replace(/\d+$/, ''), Number(label.match(/(\d+)$/)![1])]
    await expect.poll(() => document.querySelector('[aria-live="polite"]')?.textContent).toBe(`${count} results, filtered by Country-Province (1)`)
    expect(document.body.textContent).toContain(`of ${count}`)
    expect(name).toBe('United States')
    for (const row of rows()) expect(normalizeCountry(row.cells[2]!.textContent)).toBe(name)
    expect((document.activeElement as HTMLInputElement).checked).toBe(true)
  })

  it('given sortable headers when their buttons are pressed then aria-sort follows on that column only and rows reorder', async () => {
    mountIpr(60)
    const button = page.getByRole('button', { name: 'Company' })
    await userEvent.click(button)
    const th = () => document.querySelectorAll('th')[0]!
    expect(th().getAttribute('aria-sort')).toBe('ascending')
    expect(document.querySelectorAll('th[aria-sort]')).toHaveLength(1)
    const companies = rows().map((row) => row.cells[0]!.textContent!)
    expect([...companies].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' }))).toEqual(companies)
    ;(document.querySelector('th button') as HTMLElement).focus()
    await userEvent.keyboard('{Enter}')
    expect(th().getAttribute('aria-sort')).toBe('descending')
    await userEvent.keyboard('{Enter}')
    expect(th().hasAttribute('aria-sort')).toBe(false)
  })

  it('given 95 rows when navigating pages then first, numbered, next and last buttons move and the range text follows', async () => {
    mountIpr(95)
    await userEvent.click(page.getByRole('button', { name: 'Last page' }))
    expect(document.body.textContent).toContain('Showing 91 to 95 of 95')
    await userEvent.click(page.getByRole('button', { name: 'Previous page' }))
    expect(document.querySelector('[aria-current="page"]')?.textContent?.trim()).toBe('9')
    await userEvent.click(page.getByRole('button', { name: 'First page' }))
    expect(document.body.textContent).toContain('Showing 1 to 10 of 95')
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Rows per page' }), '25')
    expect(rows()).toHaveLength(25)
  })

  it('given 1,500 rows when All is chosen then only the rows in view are rendered and scrolling reaches the last one', async () => {
    mountIpr(1500)
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Rows per page' }), 'All')
    await frame()
    expect(document.body.textContent).toContain('Showing 1 to 1500 of 1500')
    expect(rows().length).toBeGreaterThan(5)
    expect(rows().length).toBeLessThan(80)
    const scroller = document.querySelector('[data-slot="scroller"]') as HTMLElement
    await scrollToLastRow(scroller, '1499')
    expect(rows().length).toBeLessThan(80)
  })

  it('given a long paginated page when All is chosen again then its first render draws only a screenful, not the page it replaces', async () => {
    await page.viewport(1280, 700)
    mountIpr(1500, { perPage: 100 })
    const sizes = page.getByRole('combobox', { name: 'Rows per page' })
    await userEvent.selectOptions(sizes, 'All')
    const scroller = document.querySelector('[data-slot="scroller"]') as HTMLElement
    await scrollToLastRow(scroller, '1499')
    await userEvent.selectOptions(sizes, '100')
    await frame()
    expect(rows()).toHaveLength(100)
    await userEvent.selectOptions(sizes, 'All')
    await nextTick()
    // The 100 rows just drawn are over 3,000 px tall; a screen of the bounded scroller holds about a dozen.
    expect(rows().length).toBeLessThan(30)
    await frame()
    expect(rows().length).toBeLessThan(30)
  })

  it('given rows taller than the default guess when a page turns virtual then its first render draws the rows that fit, judged by the rows it replaces', async () => {
    await page.viewport(1280, 700)
    mountIpr(1500, { perPage: 10 })
    const sizes = page.getByRole('combobox', { name: 'Rows per page' })
    const scroller = document.querySelector('[data-slot="scroller"]') as HTMLElement
    // Load the virtualizer once, then come back to a page of 10.
    await userEvent.selectOptions(sizes, 'All')
    await scrollToLastRow(scroller, '1499')
    await userEvent.selectOptions(sizes, '10')
    await frame()
    const rowHeight = rows().reduce((sum, row) => sum + row.offsetHeight, 0) / rows().length
    expect(rowHeight).toBeGreaterThan(80)

    // Every render of the switch, not only the last: the virtualizer corrects a wrong guess within the same frame.
    let most = 0
    const observer = new MutationObserver(() => (most = Math.max(most, rows().length)))
    observer.observe(scroller, { childList: true, subtree: true })
    await userEvent.selectOptions(sizes, 'All')
    await frame()
    await frame()
    observer.disconnect()
    // Settled: a screen of the bounded scroller (75vh) at that height, plus the 5 rows drawn beyond it.
    expect(rows().length).toBeLessThanOrEqual(Math.ceil((window.innerHeight * 0.75) / rowHeight) + 5)
    // The first render cannot know the scroller's bounded height yet (it takes it in that render), but it knows the
    // rows' height: it draws at most a few rows more than it keeps, not a screenful of 64 px guesses (18 here).
    expect(most - rows().length).toBeLessThanOrEqual(3)
  })

  it('given a paginated page of 100 rows when rendered then the page scrolls, not a box inside it: the table is as tall as its rows', async () => {
    await page.viewport(1280, 700)
    mountIpr(100, { perPage: 100 })
    await frame()
    const scroller = document.querySelector('[data-slot="scroller"]') as HTMLElement
    expect(rows()).toHaveLength(100)
    expect(scroller.scrollHeight - scroller.clientHeight).toBeLessThanOrEqual(1)
    expect(scroller.getBoundingClientRect().height).toBeGreaterThan(window.innerHeight)
  })

  it('given columns wider than the page when the table scrolls sideways then a shade marks each edge that hides columns', async () => {
    await page.viewport(800, 900)
    mountIpr(12)
    const scroller = document.querySelector('[data-slot="scroller"]') as HTMLElement
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth)
    /** How much darker than the surface a strip 4 px inside each side edge is, averaged down the body rows. */
    async function edgeShade(): Promise<{ left: number; right: number }> {
      // Not saved, the screenshot comes back as base64 PNG.
      const base64 = await page.screenshot({ element: scroller, save: false })
      const image = new Image()
      image.src = `data:image/png;base64,${base64}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const head = (document.querySelector('thead') as HTMLElement).offsetHeight * (image.height / scroller.offsetHeight)
      const darkness = (x: number) => {
        const { data } = context.getImageData(x, head, 1, image.height - head - 4)
        let sum = 0
        for (let i = 0; i < data.length; i += 4) sum += 255 - (data[i]! + data[i + 1]! + data[i + 2]!) / 3
        return sum / (data.length / 4)
      }
      return { left: darkness(4), right: darkness(image.width - 5) }
    }

    const atStart = await edgeShade()
    expect(atStart.right - atStart.left).toBeGreaterThan(8)
    scroller.scrollLeft = scroller.scrollWidth
    await frame()
    const atEnd = await edgeShade()
    expect(atEnd.left - atEnd.right).toBeGreaterThan(8)
  })

  it('given a virtualised page when the table scrolls then the header stays at the top of its bounded scroller', async () => {
    mountIpr(300, { perPage: 100, virtualizeOver: 50 })
    await frame()
    expect((document.querySelector('[data-slot="scroller"]') as HTMLElement).clientHeight).toBeLessThanOrEqual(window.innerHeight)
    const scroller = document.querySelector('[data-slot="scroller"]') as HTMLElement
    scroller.scrollTop = 600
    await frame()
    const header = document.querySelector('thead th') as HTMLElement
    expect(Math.abs(header.getBoundingClientRect().top - scroller.getBoundingClientRect().top)).toBeLessThan(2)
    expect(scroller.scrollTop).toBeGreaterThan(500)
  })

  it('given a phone-sized viewport when rendered then rows are cards labelled with the column titles and sort buttons stay usable', async () => {
    await page.viewport(360, 740)
    mountIpr(10)
    await frame()
    // The strip of sort buttons says what it is.
    expect(getComputedStyle(document.querySelector('thead tr')!, '::before').content).toBe('"Sort by"')
    const headers = [...document.querySelectorAll('thead th')] as HTMLElement[]
    const shown = headers.filter((th) => th.getBoundingClientRect().height > 0).map((th) => th.textContent!.trim())
    expect(shown).toEqual(['Company', 'Country-Province', 'Patent', 'Specification Reference', 'Declaration Date', 'Timestamp'])
    const cell = rows()[0]!.cells[0]!
    expect(getComputedStyle(cell, '::before').content).toBe('"Company"')
    // The value starts on the label's line, in a column of its own beside it.
    const value = textBox(cell)
    expect(value.left - cell.getBoundingClientRect().left).toBeGreaterThan(100)
    expect(value.top - cell.getBoundingClientRect().top).toBeLessThan(10)
    // A label that wraps ("Declaration / Date") beside a one-line value still gets its own height.
    const dated = rows()[0]!.querySelector('[data-label="Declaration Date"]') as HTMLElement
    const lineHeight = parseFloat(getComputedStyle(dated).lineHeight)
    expect(textBox(dated).height).toBeLessThan(lineHeight * 1.5)
    expect(dated.getBoundingClientRect().height).toBeGreaterThanOrEqual(lineHeight * 2)
    const first = rows()[0]!.getBoundingClientRect()
    expect(first.width).toBeLessThanOrEqual(360)
    expect(cell.getBoundingClientRect().width).toBeGreaterThan(first.width * 0.8)
    await userEvent.click(page.getByRole('button', { name: 'Company' }))
    expect(headers[0]!.getAttribute('aria-sort')).toBe('ascending')
  })

  it('given a phone-sized viewport and no sortable column when rendered then no empty sort strip sits above the cards', async () => {
    await page.viewport(360, 740)
    const host = document.createElement('div')
    document.body.append(host)
    wrapper = mount(ShDataTable, { props: { rows: [{ name: 'Plain', link: 'https://example.org' }] }, attachTo: host })
    await frame()
    expect(document.querySelector('thead')!.getBoundingClientRect().height).toBe(0)
    expect(rows()[0]!.getBoundingClientRect().top - document.querySelector('[data-slot="scroller"]')!.getBoundingClientRect().top).toBeLessThan(4)
  })

  it('given values with CRLF when rendered then they show as separate lines', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    wrapper = mount(ShDataTable, { props: { rows: [{ title: 'first line\r\nsecond line' }] }, attachTo: host })
    const cell = document.querySelector('tbody td') as HTMLElement
    expect(getComputedStyle(cell).whiteSpace).toBe('pre-line')
    expect(cell.innerText).toBe('first line\nsecond line')
  })
})
