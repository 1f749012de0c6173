// Child process (one per library, so no library warms up another's code): times renderToString
// of the FAQ (50 and 200 items) and of the first table page (1,447 rows, 25 shown).
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { summary } from './stats.mjs'

const [lib, runsArg] = process.argv.slice(2)
const runs = Number(runsArg) || 20
const benchDir = new URL('..', import.meta.url).pathname
const { parts, render, declarations, faqItems } = await import(pathToFileURL(join(benchDir, 'dist/ssr/ssr.mjs')).href)

const cases = [
  { measure: 'ssr-faq-50', part: `${lib}-faq`, data: { items: faqItems(50) } },
  { measure: 'ssr-faq-200', part: `${lib}-faq`, data: { items: faqItems(200) } },
  { measure: 'ssr-table-1447', part: `${lib}-table`, data: { rows: declarations(1447) } },
]
const result = {}
for (const c of cases) {
  const part = parts[c.part]
  if (!part) continue
  try {
    let html = ''
    for (let i = 0; i < 3; i++) html = await render(part, c.data)
    const times = []
    // At most `runs`, at least 5, and no new run after 4 s: PrimeVue takes ~0.3 s a render here.
    const deadline = performance.now() + 4000
    for (let i = 0; i < runs && (i < 5 || performance.now() < deadline); i++) {
      const t0 = performance.now()
      await render(part, c.data)
      times.push(performance.now() - t0)
    }
    result[c.measure] = { ...summary(times), bytes: Buffer.byteLength(html) }
  } catch (error) {
    result[c.measure] = { error: String(error?.stack ?? error).slice(0, 500) }
  }
}
process.stdout.write(JSON.stringify(result))
