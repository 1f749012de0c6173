// Browser measures: a static server on 127.0.0.1 for dist/client and Debian's Chromium driven by
// playwright-core. Every figure is taken in the page (see src/harness.ts) from the input event's
// timestamp to the end of the frame that shows the result.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright-core'
import { KEYS, NEXT_PAGE, QUESTION, SEARCH, SORT_COLUMNS } from './libs.mjs'

/**
 * Repetitions of one measure: `runs` at most, at least `min`, and no new run once `budgetMs`
 * is spent (PrimeVue needs ~20 s for "All"; the whole bench must stay under 10 minutes).
 */
async function repeat(runs, budgetMs, fn, min = Math.min(2, runs)) {
  const deadline = Date.now() + budgetMs
  for (let i = 0; i < runs && (i < min || Date.now() < deadline); i++) await fn(i)
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.json': 'application/json' }

export async function serve(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    try {
      const body = await readFile(join(root, path))
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }
}

/**
 * Frames are not held to a 60 Hz vsync unless `vsync`: a frame is produced as soon as the page
 * needs one, so "to the next frame" is the page's own work, not up to 16.7 ms of waiting that
 * would hide any difference between two libraries that both finish within one frame.
 */
export async function launch({ vsync = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      ...(vsync ? [] : ['--disable-frame-rate-limit', '--disable-gpu-vsync']),
    ],
  })
}

/** One page per load; anything not served by the bench's own server is blocked and counted. */
async function openPage(browser, log) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith('http://127.0.0.1')) return route.continue()
    log.blocked.add(url.slice(0, 120))
    return route.abort()
  })
  const note = (text) => log.console.length < 8 && !log.console.includes(text) && log.console.push(text)
  page.on('console', (msg) => (msg.type() === 'error' || msg.type() === 'warning') && note(`${msg.type()}: ${msg.text().slice(0, 200)}`))
  page.on('pageerror', (err) => note(`pageerror: ${String(err).slice(0, 200)}`))
  const cdp = await context.newCDPSession(page)
  return { page, cdp, close: () => context.close() }
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return (await cdp.send('Runtime.getHeapUsage')).usedSize
}

/** Loads the page, mounts it and returns first render and retained heap. */
export async function load(browser, base, id, query, log) {
  const opened = await openPage(browser, log)
  const { page, cdp } = opened
  await page.goto(`${base}/pages/${id}.html?${query}`)
  await page.waitForFunction(() => window.__bench?.ready)
  const before = await heapUsed(cdp)
  const mount = await page.evaluate(() => window.__bench.mount())
  const after = await heapUsed(cdp)
  return { ...opened, mount, heap: after - before }
}

export async function interact(page, trigger, action, quietMs) {
  await page.evaluate((t) => window.__bench.arm(t), trigger)
  await action()
  const timing = await page.evaluate((q) => window.__bench.done(q), quietMs)
  return timing
}

export async function sortTarget(page, title) {
  const th = page.locator('thead th', { hasText: title }).first()
  const button = th.locator('button')
  return (await button.count()) ? button.first() : th
}

/**
 * A raw mouse click at the element's centre, positioned before the measure starts: Playwright's
 * `locator.click()` checks the hit target from inside the pointer events (elementsFromPoint, a
 * forced layout), which would land in the measured time.
 */
export async function clickAt(page, locator) {
  await locator.scrollIntoViewIfNeeded()
  const box = await locator.boundingBox()
  return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

/**
 * Table page of one library at one size. `runs` scales the repetitions; each entry of the
 * returned object is a list of per-run values in ms (heap in bytes).
 */
export async function measureTable(browser, base, lib, n, runs, log) {
  const id = `${lib}-table`
  const out = {
    firstRender: [], heap: [], searchFocus: [], keystroke: [], sort: [], nextPage: [],
    keystrokeScript: [], sortScript: [], nextPageScript: [], noChange: [],
  }
  let last
  await repeat(runs.loads, 10000, async () => {
    await last?.close()
    last = await load(browser, base, id, `n=${n}`, log)
    out.firstRender.push(last.mount.settled)
    out.heap.push(last.heap)
    // The first click into the search box: a library may build its search index then.
    const timing = await interact(last.page, 'click', await clickAt(last.page, last.page.locator(SEARCH).first()), 100)
    if (timing) out.searchFocus.push(timing.frame)
  })
  const { page } = last
  const search = page.locator(SEARCH).first()
  const record = (list, timing, what) => {
    if (!timing) return log.console.push(`${what}: no measurement`)
    if (!timing.mutations) out.noChange.push(what)
    list.push(timing.settled)
    out[`${Object.keys(out).find((k) => out[k] === list)}Script`]?.push(timing.script)
  }
  // Emptying an empty box fires no input event: only clear what was typed.
  const clear = async () => (await search.inputValue()) && interact(page, 'input', () => search.fill(''), 150)
  await repeat(runs.interactions, 8000, async (i) => {
    const key = KEYS[i % KEYS.length]
    await clear()
    await search.focus()
    record(out.keystroke, await interact(page, 'input', () => page.keyboard.press(key), 250), `keystroke ${key}`)
  })
  await clear()
  await repeat(runs.interactions, 8000, async (i) => {
    const click = await clickAt(page, await sortTarget(page, SORT_COLUMNS[i % SORT_COLUMNS.length]))
    record(out.sort, await interact(page, 'click', click, 250), `sort ${i}`)
  })
  const next = page.getByRole('button', { name: NEXT_PAGE }).first()
  await repeat(runs.interactions, 6000, async (i) => {
    record(out.nextPage, await interact(page, 'click', await clickAt(page, next), 250), `next page ${i}`)
  })
  await last.close()
  return out
}

/** Switching the page size to "All" (through each page's v-model) and back, on a fresh page. */
export async function measureAll(browser, base, lib, n, runs, log) {
  const opened = await load(browser, base, `${lib}-table`, `n=${n}`, log)
  const all = { all: [], allScript: [] }
  await repeat(runs.all, 10000, async () => {
    const timing = await opened.page.evaluate(() => window.__bench.setPerPage(-1))
    all.all.push(timing.settled)
    all.allScript.push(timing.script)
    await opened.page.evaluate(() => window.__bench.setPerPage(25))
  }, 1)
  await opened.close()
  return all
}

/** FAQ page: first render, heap, and question clicks (open six, then close them) to the next frame. */
export async function measureFaq(browser, base, lib, n, runs, log) {
  const out = { firstRender: [], heap: [], toggle: [], toggleSettled: [], toggleScript: [], floor: [], noChange: [] }
  let last
  await repeat(runs.loads, 8000, async () => {
    await last?.close()
    last = await load(browser, base, `${lib}-faq`, `n=${n}`, log)
    out.firstRender.push(last.mount.settled)
    out.heap.push(last.heap)
  })
  const { page } = last
  const questions = [3, 7, 12, 20, 31, 44].map((i) => page.locator(QUESTION, { hasText: `(${i})?` }).first())
  for (const q of [...questions, ...questions]) {
    const timing = await interact(page, 'click', await clickAt(page, q), 120)
    if (!timing) continue
    if (!timing.mutations) out.noChange.push('toggle')
    out.toggle.push(timing.frame)
    out.toggleSettled.push(timing.settled)
    out.toggleScript.push(timing.script)
  }
  // The floor under every "→ next frame" figure: a click on the page background, which no library handles.
  for (let i = 0; i < 6; i++) {
    const timing = await interact(page, 'click', () => page.mouse.click(2, 2), 60)
    if (timing) out.floor.push(timing.frame)
  }
  await last.close()
  return out
}

