// `npm run bench`: builds sh-ui and every page with one Vite config, measures sizes, SSR and the
// browser interactions, and writes RESULTS.md (a full run) or .cache/results-<libs>.md (--only).
//   --only sh-ui,primevue   libraries to run (default: all; the floor pages always run: ratios divide by them)
//   --quick                 fewer runs and no 100,000-row table (a smoke run)
//   --no-lib-build          use the existing ../dist instead of running `npm run build` at the root
//   --sizes 1447,10000      table sizes (default 1447,10000,100000)
//   --vsync                 keep Chromium's 60 Hz frame pacing (default: frames as soon as needed)
//   --sh-ui-dist <dir>      measure another sh-ui build (a what-if experiment) instead of ../dist
//   --baseline <dir>        also measure an earlier sh-ui build (its dist/), interleaved: "sh-ui against its baseline"
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { shUiBaselineDist } from './vite.config.mjs'
import { benchDir, buildClient, buildShUi, buildSize, buildSsr, shUiExports, snapshotShUi } from './scripts/build.mjs'
import { launch, measureAll, measureFaq, measureTable, serve } from './scripts/browser.mjs'
import { BASELINE, FLOOR, KINDS, LIBS } from './scripts/libs.mjs'
import { writeReport } from './scripts/report.mjs'
import { measureWork } from './scripts/work.mjs'
import { summary } from './scripts/stats.mjs'

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-lib-build': { type: 'boolean', default: false },
    sizes: { type: 'string' },
    vsync: { type: 'boolean', default: false },
    'sh-ui-dist': { type: 'string' },
    baseline: { type: 'string' },
  },
})
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`
const say = (msg) => console.log(`[${elapsed()}] ${msg}`)
const wanted = args.only ? args.only.split(',').map((s) => s.trim()) : LIBS.map((l) => l.id)
const sizes = (args.sizes ?? (args.quick ? '1447,10000' : '1447,10000,100000')).split(',').map(Number)
// Runs per round (there are two rounds); each measure also stops early once its time budget is spent.
const runsFor = (n) => {
  if (args.quick) return { loads: 1, interactions: 2, all: 1 }
  if (n >= 100000) return { loads: 2, interactions: 3, all: 2 }
  return n > 1447 ? { loads: 2, interactions: 4, all: 3 } : { loads: 3, interactions: 4, all: 3 }
}
const load = { start: loadavg(), end: null }
if (args.baseline) {
  if (!wanted.includes('sh-ui')) throw new Error('--baseline compares sh-ui builds: include sh-ui in --only')
  if (!existsSync(join(args.baseline, 'index.js'))) throw new Error(`--baseline: no sh-ui build (index.js) in ${args.baseline}`)
}

if (!args['no-lib-build'] && !args['sh-ui-dist']) {
  say('building sh-ui (npm run build at the repo root)')
  buildShUi()
}
snapshotShUi(args['sh-ui-dist'])
const shExports = shUiExports()
const libs = LIBS.filter((l) => wanted.includes(l.id) || l === FLOOR)
if (args.baseline) {
  snapshotShUi(args.baseline, shUiBaselineDist)
  libs.splice(libs.findIndex((l) => l.id === 'sh-ui') + 1, 0, BASELINE)
}
/** The baseline runs sh-ui's pages, from its own build. */
const pageOf = (lib) => lib.page ?? lib.id
const parts = []
const missing = []
for (const lib of libs.filter((l) => !l.baseline)) {
  for (const kind of KINDS) {
    if (lib.id === 'sh-ui' && !shExports.has(lib.components[kind])) {
      missing.push(`sh-ui ${lib.components[kind]}: not exported by ../dist yet`)
      continue
    }
    parts.push({ id: `${lib.id}-${kind}`, lib: lib.id, kind })
  }
}

const results = { sizes: {}, ssr: {}, table: {}, all: {}, faq: {}, work: {}, notes: {} }
say(`building pages: ${parts.map((p) => p.id).join(', ')}`)
// The baseline's pages first: each build rewrites bench/pages/, which should end with every library's page.
if (args.baseline) await buildClient(parts.filter((p) => p.lib === 'sh-ui'), { dir: 'client-baseline', shUi: shUiBaselineDist })
await buildClient(parts)
await buildSsr(parts)
for (const part of parts) {
  say(`size ${part.id}`)
  try {
    results.sizes[part.id] = await buildSize(part)
  } catch (error) {
    results.sizes[part.id] = { error: String(error).slice(0, 300) }
  }
}
for (const lib of libs.filter((l) => !l.baseline)) {
  say(`ssr ${lib.id}`)
  const run = spawnSync(process.execPath, [join(benchDir, 'scripts/ssr.mjs'), lib.id, args.quick ? '5' : '20'], { encoding: 'utf8' })
  try {
    results.ssr[lib.id] = JSON.parse(run.stdout)
  } catch {
    results.ssr[lib.id] = { error: run.stderr.slice(0, 500) }
  }
}

const server = await serve(join(benchDir, 'dist/client'))
const baselineServer = args.baseline ? await serve(join(benchDir, 'dist/client-baseline')) : undefined
const urlOf = (lib) => (lib.baseline ? baselineServer : server).url
const browser = await launch({ vsync: args.vsync })
// Two rounds, the second in reverse library order, each measure taken for every library before the
// next: load from other work on this shared machine then falls on every library alike.
const raw = { table: {}, all: {}, faq: {}, work: {} }
const logs = Object.fromEntries(libs.map((l) => [l.id, { blocked: new Set(), console: [] }]))
const has = (lib, kind) => parts.some((p) => p.lib === pageOf(lib) && p.kind === kind)
async function attempt(lib, what, fn) {
  try {
    await fn()
  } catch (error) {
    logs[lib.id].console.push(`${what} failed: ${String(error).split('\n')[0].slice(0, 300)}`)
  }
}
const merge = (into, key, value) => {
  if (Array.isArray(value)) into[key] = [...(into[key] ?? []), ...value]
  else for (const [k, list] of Object.entries(value)) merge((into[key] ??= {}), k, list)
}
for (const round of [0, 1]) {
  const order = round ? [...libs].reverse() : libs
  for (const n of sizes) {
    for (const lib of order.filter((l) => has(l, 'table'))) {
      say(`round ${round + 1}: ${lib.id} table ${n} rows`)
      await attempt(lib, `table ${n}`, async () => merge(raw.table, `${lib.id}@${n}`, await measureTable(browser, urlOf(lib), pageOf(lib), n, runsFor(n), logs[lib.id])))
    }
  }
  for (const lib of order) {
    if (has(lib, 'table')) {
      say(`round ${round + 1}: ${lib.id} table "All" 1447 rows`)
      await attempt(lib, 'All', async () => merge(raw.all, lib.id, await measureAll(browser, urlOf(lib), pageOf(lib), 1447, runsFor(1447), logs[lib.id])))
    }
    if (has(lib, 'faq')) {
      say(`round ${round + 1}: ${lib.id} faq`)
      await attempt(lib, 'faq', async () => merge(raw.faq, `${lib.id}@50`, await measureFaq(browser, urlOf(lib), pageOf(lib), 50, runsFor(50), logs[lib.id])))
    }
  }
}
// Last, traced (tracing slows pages down, so it never overlaps the timed rounds).
for (const lib of libs) {
  for (const kind of KINDS.filter((k) => has(lib, k))) {
    say(`main-thread work: ${lib.id} ${kind}`)
    await attempt(lib, `work ${kind}`, async () => merge(raw.work, `${lib.id}-${kind}`, await measureWork(browser, urlOf(lib), pageOf(lib), kind, logs[lib.id])))
  }
}
for (const [key, value] of Object.entries(raw.work)) results.work[key] = summarise(value)
for (const [key, value] of Object.entries(raw.table)) results.table[key] = summarise(value)
for (const [key, value] of Object.entries(raw.faq)) results.faq[key] = summarise(value)
for (const [key, value] of Object.entries(raw.all)) results.all[key] = summarise(value)
for (const lib of libs) results.notes[lib.id] = { blocked: [...logs[lib.id].blocked], console: logs[lib.id].console }
const chromiumVersion = browser.version()
await browser.close()
await server.close()
await baselineServer?.close()
load.end = loadavg()

function summarise(raw) {
  const out = {}
  for (const [key, list] of Object.entries(raw)) out[key] = key === 'noChange' ? list : summary(list)
  return out
}

function version(pkg) {
  try {
    return JSON.parse(readFileSync(join(benchDir, 'node_modules', pkg, 'package.json'), 'utf8')).version
  } catch {
    return '?'
  }
}
/** The commit of the checkout a `dist/` was built in, when it sits at that checkout's top. */
function commitOf(dist) {
  const checkout = resolve(dist, '..')
  const gitAt = (...a) => execFileSync('git', a, { cwd: checkout, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  try {
    if (resolve(gitAt('rev-parse', '--show-toplevel')) !== checkout) return undefined
    return `${gitAt('rev-parse', '--short', 'HEAD')}${gitAt('status', '--porcelain', '--', 'src').length ? ' + uncommitted src changes' : ''}`
  } catch {
    return undefined
  }
}
const meta = {
  date: new Date().toISOString(),
  duration: elapsed(),
  cpu: cpus()[0]?.model ?? '?',
  cores: cpus().length,
  memGiB: (totalmem() / 2 ** 30).toFixed(1),
  load,
  node: process.version,
  chromium: chromiumVersion,
  versions: Object.fromEntries(['vue', 'vite', 'primevue', '@primeuix/themes', 'vuetify', '@nuxt/ui', 'playwright-core'].map((p) => [p, version(p)])),
  shUi: args['sh-ui-dist'] ? `experiment build from ${args['sh-ui-dist']}` : commitOf(join(benchDir, '..', 'dist')),
  baseline: args.baseline && { dir: args.baseline, commit: commitOf(args.baseline) },
  sizes,
  libs: libs.map((l) => l.id),
  missing,
  quick: args.quick,
  vsync: args.vsync,
}
mkdirSync(join(benchDir, '.cache'), { recursive: true })
const full = !args.only && !args.quick && !args['sh-ui-dist'] && sizes.includes(100000)
const target = full ? join(benchDir, 'RESULTS.md') : join(benchDir, '.cache', `results-${wanted.join('+')}.md`)
writeFileSync(join(benchDir, '.cache', full ? 'results.json' : `results-${wanted.join('+')}.json`), JSON.stringify({ meta, results }, null, 2))
writeReport(target, meta, results)
say(`wrote ${target}${existsSync(target) ? '' : ' (failed)'}`)
