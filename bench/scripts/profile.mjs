// Where the time of one interaction goes, for the cause analysis in the report:
//   node scripts/profile.mjs <lib> <table|faq> <key|sort|next|all|toggle|mount> [rows]
// Runs the built pages (npm run bench builds them), records a Chromium trace of several
// interactions and sums the main thread's work inside the harness's `bench:interaction` spans
// by kind (script, style, layout, paint...), then the hottest functions of the CPU profile.
import { launch, serve } from './browser.mjs'
import { KEYS, NEXT_PAGE, QUESTION, SEARCH, SORT_COLUMNS } from './libs.mjs'

const [lib, kind, what, rows] = process.argv.slice(2)
if (!lib || !kind || !what) {
  console.error('usage: node scripts/profile.mjs <lib> <table|faq> <key|sort|next|all|toggle|mount> [rows]')
  process.exit(1)
}
const benchDir = new URL('..', import.meta.url).pathname
const server = await serve(`${benchDir}dist/client`)
const browser = await launch()
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
const page = await context.newPage()
const cdp = await context.newCDPSession(page)
await page.goto(`${server.url}/pages/${lib}-${kind}.html?n=${rows ?? (kind === 'table' ? 1447 : 50)}`)
await page.waitForFunction(() => window.__bench?.ready)

const events = []
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
const start = async () => {
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' })
  await cdp.send('Profiler.start')
}
if (what === 'mount') await start()
const mount = await page.evaluate(() => window.__bench.mount())
if (what !== 'mount') await start()

const timings = what === 'mount' ? [mount] : []
const act = async (trigger, action) => {
  await page.evaluate((t) => window.__bench.arm(t), trigger)
  await action()
  timings.push(await page.evaluate(() => window.__bench.done(150)))
}
const search = page.locator(SEARCH).first()
for (let i = 0; i < 6 && what !== 'mount'; i++) {
  if (what === 'key') {
    if (await search.inputValue()) await page.evaluate(() => 0).then(() => search.fill(''))
    await page.waitForTimeout(200)
    await search.focus()
    await act('input', () => page.keyboard.press(KEYS[i % KEYS.length]))
  } else if (what === 'sort') {
    const th = page.locator('thead th', { hasText: SORT_COLUMNS[i % 2] }).first()
    const target = (await th.locator('button').count()) ? th.locator('button').first() : th
    await target.scrollIntoViewIfNeeded()
    const box = await target.boundingBox()
    await act('click', () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2))
  } else if (what === 'next') {
    const next = page.getByRole('button', { name: NEXT_PAGE }).first()
    await next.scrollIntoViewIfNeeded()
    const box = await next.boundingBox()
    await act('click', () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2))
  } else if (what === 'toggle') {
    const q = page.locator(QUESTION, { hasText: `(${[3, 7, 12, 20][i % 4]})?` }).first()
    await q.scrollIntoViewIfNeeded()
    const box = await q.boundingBox()
    await act('click', () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2))
  } else if (what === 'all') {
    timings.push(await page.evaluate(() => window.__bench.setPerPage(-1)))
    await page.evaluate(() => window.__bench.setPerPage(25))
  }
}
const { profile } = await cdp.send('Profiler.stop')
await cdp.send('Tracing.end')
await traced
console.log(`${lib} ${kind} ${what}: settled ms`, timings.map((t) => t?.settled?.toFixed(1)).join(' '))

// Main-thread work inside the measured spans, by top-level event name.
const spans = []
const open = new Map()
for (const e of events.filter((e) => e.name === 'bench:interaction')) {
  if (e.ph === 'b') open.set(e.id ?? e.id2?.local, e.ts)
  if (e.ph === 'e') spans.push([open.get(e.id ?? e.id2?.local), e.ts])
}
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.name === 'bench:interaction' && x.pid === e.pid))
const inSpan = (e) => spans.some(([a, b]) => e.ts >= a && e.ts + e.dur <= b)
const work = new Map()
const tops = events
  .filter((e) => e.ph === 'X' && e.dur && main && e.pid === main.pid && e.tid === main.tid && inSpan(e))
  .sort((a, b) => a.ts - b.ts)
let coveredUntil = 0
for (const e of tops) {
  if (e.ts < coveredUntil) continue
  coveredUntil = e.ts + e.dur
  work.set(e.name, (work.get(e.name) ?? 0) + e.dur)
}
const spanTotal = spans.reduce((sum, [a, b]) => sum + (b - a), 0)
console.log(`${spans.length} spans, ${(spanTotal / 1000).toFixed(1)} ms in total; top-level main-thread work inside them (ms):`)
for (const [name, us] of [...work].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${(us / 1000).toFixed(1).padStart(9)}  ${name}`)

// Rendering work also happens inside EventDispatch (a text insertion forces style and layout).
const inclusive = new Map()
for (const e of events) {
  if (e.ph !== 'X' || !e.dur || !main || e.pid !== main.pid || e.tid !== main.tid || !inSpan(e)) continue
  if (['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'FunctionCall', 'MinorGC', 'MajorGC'].includes(e.name)) inclusive.set(e.name, (inclusive.get(e.name) ?? 0) + e.dur)
}
console.log('inclusive, wherever they ran (ms):', [...inclusive].map(([k, us]) => `${k} ${(us / 1000).toFixed(1)}`).join(', '))

// Hottest functions by self time inside the spans (the profiler and the trace share one clock).
const self = new Map()
const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
let at = profile.startTime
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0
  if (!spans.some(([a, b]) => at >= a && at <= b)) return
  const frame = nodes.get(id).callFrame
  if (frame.functionName === '(idle)' || frame.functionName === '(program)') return
  const key = `${frame.functionName || '(anonymous)'}  ${frame.url.split('/').pop() || '(native)'}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
console.log('hottest functions inside the spans, self time (ms):')
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(us / 1000).toFixed(1).padStart(9)}  ${key}`)
await browser.close()
await server.close()
