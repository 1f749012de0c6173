// Main-thread work behind the "→ next frame" figures: on a shared 2-core machine those figures
// include time the page spends waiting (input delivery, the compositor's next BeginFrame,
// other processes). A Chromium trace of the same interactions sums only the renderer main
// thread's tasks (script, style, layout, paint) inside each input → frame span.
import { clickAt, interact, load, sortTarget } from './browser.mjs'
import { KEYS, NEXT_PAGE, QUESTION, SEARCH, SORT_COLUMNS } from './libs.mjs'

// Top-level tasks only: the devtools.timeline categories trace every call and DOM change, which
// inflates DOM-heavy updates far more than the others.
const CATEGORIES = 'toplevel,blink.user_timing'

/** Traces `act` and returns the main-thread busy time (ms) inside each `bench:frame` span it produced. */
export async function busyInFrames(page, cdp, act) {
  const events = []
  const collect = ({ value }) => events.push(...value)
  cdp.on('Tracing.dataCollected', collect)
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' })
  await act()
  await cdp.send('Tracing.end')
  await done
  cdp.off('Tracing.dataCollected', collect)

  const marks = events.filter((e) => e.name === 'bench:frame')
  if (!marks.length) return []
  const { pid, tid } = marks[0]
  const begins = new Map(marks.filter((e) => e.ph === 'b').map((e) => [e.id ?? e.id2?.local, e.ts]))
  const spans = marks.filter((e) => e.ph === 'e').map((e) => [begins.get(e.id ?? e.id2?.local), e.ts])
  const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts)
  return spans.map(([start, end]) => {
    let busy = 0
    let until = start
    for (const task of tasks) {
      const from = Math.max(task.ts, until)
      const to = Math.min(task.ts + task.dur, end)
      if (to > from) busy += to - from
      until = Math.max(until, to)
    }
    return busy / 1000
  })
}

/** Six of each table interaction on one page (1,447 rows), traced; returns busy ms per run. */
async function tableWork(page, cdp) {
  const search = page.locator(SEARCH).first()
  const clear = async () => (await search.inputValue()) && interact(page, 'input', () => search.fill(''), 150)
  const out = { keystroke: [], sort: [], nextPage: [] }
  for (let i = 0; i < 6; i++) {
    await clear()
    await search.focus()
    out.keystroke.push(...(await busyInFrames(page, cdp, () => interact(page, 'input', () => page.keyboard.press(KEYS[i % KEYS.length]), 150))))
  }
  await clear()
  for (let i = 0; i < 6; i++) {
    const click = await clickAt(page, await sortTarget(page, SORT_COLUMNS[i % 2]))
    out.sort.push(...(await busyInFrames(page, cdp, () => interact(page, 'click', click, 150))))
  }
  for (let i = 0; i < 6; i++) {
    const click = await clickAt(page, page.getByRole('button', { name: NEXT_PAGE }).first())
    out.nextPage.push(...(await busyInFrames(page, cdp, () => interact(page, 'click', click, 150))))
  }
  return out
}

/** Question clicks (open six, then close them), traced; returns busy ms per toggle. */
async function faqWork(page, cdp) {
  const toggle = []
  const questions = [3, 7, 12, 20, 31, 44].map((i) => page.locator(QUESTION, { hasText: `(${i})?` }).first())
  for (const question of [...questions, ...questions]) {
    const click = await clickAt(page, question)
    toggle.push(...(await busyInFrames(page, cdp, () => interact(page, 'click', click, 120))))
  }
  return { toggle }
}

/** The traced pass: main-thread work inside each input → next-frame span, 1,447 rows or 50 questions. */
export async function measureWork(browser, base, lib, kind, log) {
  const opened = await load(browser, base, `${lib}-${kind}`, kind === 'table' ? 'n=1447' : 'n=50', log)
  try {
    return kind === 'table' ? await tableWork(opened.page, opened.cdp) : await faqWork(opened.page, opened.cdp)
  } finally {
    await opened.close()
  }
}
