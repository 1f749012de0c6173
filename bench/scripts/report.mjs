// RESULTS.md: a summary of sh-ui's ratio to the best anchor per measure, every library's interactions
// as a ratio to the floor page, then one table per measure.
import { writeFileSync } from 'node:fs'
import { BASELINE, FLOOR, LIBS } from './libs.mjs'
import { medianRatioInterval } from './stats.mjs'

const ANCHORS = LIBS.filter((l) => l.id !== 'sh-ui' && l !== FLOOR)
const ms = (v) => (v == null ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0))
const kb = (v) => (v == null ? '—' : (v / 1000).toFixed(1))
const mb = (v) => (v == null ? '—' : (v / 1e6).toFixed(2))

/**
 * Every measure: how to read it from the results, its unit, whether the 2x goal applies, and whether it
 * is an interaction (`perFloor`: also reported as a ratio to the floor page).
 */
function measures(meta, results) {
  const list = []
  const size = (kind, fields, title, goal) => ({
    title,
    unit: 'kB',
    fmt: kb,
    goal,
    get: (lib) => {
      const s = results.sizes[`${lib}-${kind}`]
      return { median: s && !s.error ? fields.reduce((sum, f) => sum + s[f], 0) : undefined }
    },
  })
  list.push(size('table', ['jsGz'], 'Bundle: table page JS (min+gzip, vue excluded)', true))
  list.push(size('faq', ['jsGz'], 'Bundle: FAQ page JS (min+gzip, vue excluded)', true))
  list.push(size('table', ['initialJsGz'], 'Bundle: table page JS loaded at first render, lazy chunks excluded (min+gzip, vue excluded)', false))
  list.push(size('faq', ['initialJsGz'], 'Bundle: FAQ page JS loaded at first render, lazy chunks excluded (min+gzip, vue excluded)', false))
  list.push(size('table', ['jsGz', 'cssGz'], 'Bundle: table page JS + CSS (min+gzip, vue excluded)', false))
  list.push(size('faq', ['jsGz', 'cssGz'], 'Bundle: FAQ page JS + CSS (min+gzip, vue excluded)', false))
  for (const n of meta.sizes) {
    const t = (field) => (lib) => results.table[`${lib}@${n}`]?.[field]
    const label = n.toLocaleString('en-US')
    list.push({ title: `Table ${label} rows: keystroke in search → painted frame`, unit: 'ms', fmt: ms, goal: true, perFloor: true, get: t('keystroke') })
    list.push({ title: `Table ${label} rows: sort click → painted frame`, unit: 'ms', fmt: ms, goal: true, perFloor: true, get: t('sort') })
    list.push({ title: `Table ${label} rows: next page click → painted frame`, unit: 'ms', fmt: ms, goal: true, perFloor: true, get: t('nextPage') })
    list.push({ title: `Table ${label} rows: first click into the search box → painted frame`, unit: 'ms', fmt: ms, goal: false, perFloor: true, get: t('searchFocus') })
    list.push({ title: `Table ${label} rows: first render (mount → painted frame)`, unit: 'ms', fmt: ms, goal: false, get: t('firstRender') })
    list.push({ title: `Table ${label} rows: JS heap retained by the mounted page`, unit: 'MB', fmt: mb, goal: false, get: t('heap') })
  }
  list.push({ title: 'Table 1,447 rows: page size "All" → painted frame', unit: 'ms', fmt: ms, goal: true, perFloor: true, get: (lib) => results.all[lib]?.all })
  list.push({ title: 'FAQ 50 items: question click → next frame', unit: 'ms', fmt: ms, goal: true, perFloor: true, get: (lib) => results.faq[`${lib}@50`]?.toggle })
  list.push({ title: 'Frame floor: click on the FAQ page background (no handler) → next frame', unit: 'ms', fmt: ms, goal: false, get: (lib) => results.faq[`${lib}@50`]?.floor })
  list.push({ title: 'FAQ 50 items: question click → frame after the last DOM change (animations that start late included)', unit: 'ms', fmt: ms, goal: false, perFloor: true, get: (lib) => results.faq[`${lib}@50`]?.toggleSettled })
  list.push({ title: 'FAQ 50 items: first render (mount → painted frame)', unit: 'ms', fmt: ms, goal: false, get: (lib) => results.faq[`${lib}@50`]?.firstRender })
  list.push({ title: 'FAQ 50 items: JS heap retained by the mounted page', unit: 'MB', fmt: mb, goal: false, get: (lib) => results.faq[`${lib}@50`]?.heap })
  // Script only: what each library's own code costs per interaction, without the browser's rendering.
  const script = (title, get) => ({ title: `Script only: ${title}`, unit: 'ms', fmt: ms, goal: false, perFloor: true, get })
  for (const n of meta.sizes) {
    const label = n.toLocaleString('en-US')
    list.push(script(`table ${label} rows, keystroke`, (lib) => results.table[`${lib}@${n}`]?.keystrokeScript))
    list.push(script(`table ${label} rows, sort click`, (lib) => results.table[`${lib}@${n}`]?.sortScript))
    list.push(script(`table ${label} rows, next page`, (lib) => results.table[`${lib}@${n}`]?.nextPageScript))
  }
  list.push(script('table 1,447 rows, page size "All"', (lib) => results.all[lib]?.allScript))
  list.push(script('FAQ 50 items, question click', (lib) => results.faq[`${lib}@50`]?.toggleScript))
  const work = (title, kind, field) => ({ title: `Main-thread work (trace): ${title} → next frame`, unit: 'ms', fmt: ms, goal: false, perFloor: true, get: (lib) => results.work?.[`${lib}-${kind}`]?.[field] })
  list.push(work('table 1,447 rows, keystroke', 'table', 'keystroke'))
  list.push(work('table 1,447 rows, sort click', 'table', 'sort'))
  list.push(work('table 1,447 rows, next page', 'table', 'nextPage'))
  list.push(work('FAQ 50 items, question click', 'faq', 'toggle'))
  list.push({ title: 'SSR: FAQ page, 50 items (renderToString)', unit: 'ms', fmt: ms, goal: false, get: (lib) => results.ssr[lib]?.['ssr-faq-50'] })
  list.push({ title: 'SSR: FAQ page, 200 items (renderToString)', unit: 'ms', fmt: ms, goal: false, get: (lib) => results.ssr[lib]?.['ssr-faq-200'] })
  list.push({ title: 'SSR: first table page, 1,447 rows (renderToString)', unit: 'ms', fmt: ms, goal: false, get: (lib) => results.ssr[lib]?.['ssr-table-1447'] })
  return list
}

function compare(measure, libs) {
  const sh = libs.includes('sh-ui') ? measure.get('sh-ui')?.median : undefined
  let best
  for (const a of ANCHORS.filter((l) => libs.includes(l.id))) {
    const v = measure.get(a.id)?.median
    if (v != null && (best == null || v < best.value)) best = { lib: a.label, value: v }
  }
  const ratio = sh != null && best && sh > 0 ? best.value / sh : undefined
  return { sh, best, ratio }
}

/** A library's median ÷ the floor page's median for an interaction: how many times what the browser itself needs. */
function perFloor(measure, lib, libs) {
  const floor = libs.includes(FLOOR.id) ? measure.get(FLOOR.id)?.median : undefined
  const v = measure.get(lib)?.median
  return v != null && floor > 0 ? v / floor : undefined
}
const times = (r) => (r == null ? '—' : `${r.toFixed(2)}×`)

/** One row per interaction: the floor's time and every library's multiple of it. */
function floorSection(list, meta, libs) {
  const others = libs.filter((l) => l !== FLOOR)
  const lines = ['## Interactions against the floor', '']
  lines.push(
    `**× floor = library ÷ floor page** (lower is better; 1× is the floor). The floor pages (\`src/libs/floor/\`) are plain Vue markup with no features: the table swaps in the next of eight 25-row pages cut beforehand on every keystroke, sort click and next-page click (every row for "All"), and the FAQ is 50 plain \`<details>\`. Same data, same driver, same run. Below 1× the library does less than the plain page (sh-ui virtualises "All").`,
    '',
  )
  lines.push(`| Interaction | Floor | ${others.map((l) => `${l.label} × floor`).join(' | ')} |`, `| --- | ---: | ${others.map(() => '---:').join(' | ')} |`)
  for (const m of list.filter((x) => x.perFloor)) {
    lines.push(`| ${m.title} | ${m.fmt(m.get(FLOOR.id)?.median)} ${m.unit} | ${others.map((l) => times(perFloor(m, l.id, meta.libs))).join(' | ')} |`)
  }
  return [...lines, '']
}

/** Every interaction, today's sh-ui against the baseline build measured in the same rounds. */
function baselineSection(list, meta) {
  const lines = ['## sh-ui against its baseline', '']
  lines.push(
    '**sh-ui ÷ baseline** (lower is better; above 1× today\'s build is slower). Both builds ran the same pages, interleaved in the same rounds, so load from other work falls on both alike. The interval is a 95 % bootstrap interval of the ratio of medians: "slower" or "faster" only when it excludes 1×, otherwise the runs\' own spread cannot tell the builds apart. "× floor" divides each by the floor page of the same run.',
    '',
    '| Interaction | Baseline | sh-ui | sh-ui ÷ baseline | 95 % interval | Verdict | Baseline × floor | sh-ui × floor |',
    '| --- | ---: | ---: | ---: | :---: | :---: | ---: | ---: |',
  )
  for (const m of list.filter((m) => m.perFloor)) {
    const [base, now] = [m.get(BASELINE.id), m.get('sh-ui')]
    const ratio = base?.median > 0 && now?.median != null ? now.median / base.median : undefined
    const interval = medianRatioInterval(base?.values, now?.values)
    const verdict = !interval ? '—' : interval.low > 1 ? 'slower' : interval.high < 1 ? 'faster' : 'same within noise'
    const range = interval ? `${interval.low.toFixed(2)}–${interval.high.toFixed(2)}×` : '—'
    lines.push(`| ${m.title} | ${m.fmt(base?.median)} ${m.unit} | ${m.fmt(now?.median)} ${m.unit} | ${times(ratio)} | ${range} | ${verdict} | ${times(perFloor(m, BASELINE.id, meta.libs))} | ${times(perFloor(m, 'sh-ui', meta.libs))} |`)
  }
  return lines
}

export function writeReport(path, meta, results) {
  const list = measures(meta, results)
  const libs = [LIBS[0], BASELINE, ...LIBS.slice(1)].filter((l) => meta.libs.includes(l.id))
  const lines = []
  lines.push('# sh-ui benchmark results', '')
  lines.push(`Generated by \`npm run bench\` in \`bench/\` on ${meta.date} in ${meta.duration}${meta.quick ? ' (quick run)' : ''}.`)
  lines.push('**Ratio = best anchor ÷ sh-ui** (lower is better for every figure, so a ratio of 2 means sh-ui is twice as fast, small or lean as the best of PrimeVue, Vuetify and Nuxt UI). The ratios are the results; absolute times depend on this shared machine.', '')
  lines.push('## Machine and versions', '')
  lines.push(`- CPU: ${meta.cpu}, ${meta.cores} cores, ${meta.memGiB} GiB RAM; Node ${meta.node}; Chromium ${meta.chromium} (headless, --disable-gpu${meta.vsync ? ', 60 Hz frame pacing' : ', --disable-frame-rate-limit --disable-gpu-vsync'})`)
  lines.push(`- Load average (1/5/15 min) at start ${meta.load.start.map((v) => v.toFixed(2)).join(' / ')}, at end ${meta.load.end.map((v) => v.toFixed(2)).join(' / ')}: the machine is shared with other engineers' builds and tests, so absolute times are noisy; all libraries ran interleaved in the same run.`)
  lines.push(`- sh-ui: the repo's own build (\`npm run build\`, commit ${meta.shUi})`)
  if (meta.baseline) {
    const { dir, commit } = meta.baseline
    lines.push(`- sh-ui baseline: ${commit ? `commit ${commit}, ` : ''}built in \`${dir}\`, on the same pages, interleaved with sh-ui in every round`)
  }
  lines.push(`- ${Object.entries(meta.versions).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  if (meta.missing.length) lines.push(`- Not measured: ${meta.missing.join('; ')}`)
  lines.push('')
  lines.push('## Summary: sh-ui against the best anchor', '')
  lines.push('| Measure | sh-ui | Best anchor | Ratio | Goal (≥ 2) |', '| --- | ---: | --- | ---: | :---: |')
  for (const m of list) {
    const { sh, best, ratio } = compare(m, meta.libs)
    const verdict = !m.goal ? 'info' : ratio == null ? '—' : ratio >= 2 ? 'met' : 'missed'
    lines.push(`| ${m.title} | ${m.fmt(sh)} ${m.unit} | ${best ? `${best.lib} ${m.fmt(best.value)} ${m.unit}` : '—'} | ${ratio == null ? '—' : `${ratio.toFixed(2)}×`} | ${verdict} |`)
  }
  if (meta.baseline) lines.push('', ...baselineSection(list, meta))
  lines.push('', ...floorSection(list, meta, libs))
  lines.push('## Every measure (median, min–max over the runs)', '')
  for (const m of list) {
    const [floorHead, floorRule] = m.perFloor ? [' × floor |', ' ---: |'] : ['', '']
    lines.push(`### ${m.title}`, '', `| Library | Median (${m.unit}) | Min | Max | Runs |${floorHead}`, `| --- | ---: | ---: | ---: | ---: |${floorRule}`)
    // The baseline is neither sized nor rendered on the server (see BASELINE): no empty rows for it.
    for (const lib of libs.filter((l) => !l.baseline || m.get(l.id)?.median != null)) {
      const v = m.get(lib.id)
      const floorCell = m.perFloor ? ` ${times(perFloor(m, lib.id, meta.libs))} |` : ''
      lines.push(`| ${lib.label} (${lib.components[m.title.includes('FAQ') ? 'faq' : 'table']}) | ${m.fmt(v?.median)} | ${m.fmt(v?.min)} | ${m.fmt(v?.max)} | ${v?.runs ?? (v?.median != null ? 1 : '—')} |${floorCell}`)
    }
    const { ratio } = compare(m, meta.libs)
    lines.push('', `sh-ui ratio to the best anchor: ${ratio == null ? '—' : `${ratio.toFixed(2)}×`}`, '')
  }
  lines.push('## How it is measured', '')
  lines.push(
    '- Pages: one per library and component (`src/libs/<lib>/`), the same seeded data (`src/data.ts`: IPR declarations in the real data\'s shapes, FAQ items), the same features: a global search box over the same columns, sortable columns as in ShIprTable, 25 rows per page, FAQ with 50 items (several open at once); a sans-serif page font, as on real sites. Built by one Vite config (`vite.config.mjs`), served by a static server on 127.0.0.1; external requests are blocked.',
    '- Interactions: Playwright types or clicks; the page records the input event\'s timestamp (keydown / pointerdown) and the end of the frame that shows the result: `requestAnimationFrame` then a message task, after the last DOM change inside the table (a debounced update counts when it lands; changes outside the table, such as live-region announcements, do not). FAQ toggles: the next frame after the click. Keystrokes type one letter into an empty search box over the full data. Sort clicks alternate between two columns so each click sorts. "All" is set through each page\'s page-size v-model (the select widgets differ).',
    '- Frames: Chromium runs without its 60 Hz frame pacing (`--disable-frame-rate-limit --disable-gpu-vsync`), so a frame is drawn as soon as the page needs one and the figures are each library\'s own work rather than up to 16.7 ms of waiting for the next vsync (`npm run bench -- --vsync` measures with the pacing).',
    '- Script only: from the start of the gesture\'s last event (input / click) to a microtask queued by a window listener after the component\'s own, i.e. the handlers plus the Vue update they cause, without style, layout and paint. A diagnostic: the goal applies to the painted-frame figures.',
    '- Main-thread work (trace): a separate, last pass with Chromium tracing on (1,447 rows; 50 questions; six of each interaction, twelve toggles): the renderer main thread\'s tasks (script, style, layout, paint) summed inside each input → next-frame span, leaving out the time the page waits for input delivery, the compositor\'s next frame or a CPU shared with other processes. A diagnostic of what each library costs the main thread; tracing adds some overhead to every library alike.',
    '- Floor: `src/libs/floor/` renders the same data as plain Vue markup with no features (a `<table>` whose every interaction swaps in the next of eight precomputed 25-row pages, all rows for "All"; 50 plain `<details>`), measured by the same driver in the same rounds. It is not an anchor: it never counts as the best anchor, and "× floor" divides each library\'s interaction time by it.',
    '- First render: `createApp` + plugin setup + `mount` → painted frame (data generated beforehand). Heap: CDP `HeapProfiler.collectGarbage` + `Runtime.getHeapUsage` before and after mount.',
    '- SSR: `createSSRApp` + `renderToString` in Node (one process per library, 3 warm-up renders, then the median of 5–20 timed ones within about 4 s).',
    '- Bundle: each page\'s part (`src/parts/<lib>-<kind>.ts`: the component, its plugin setup and theme) built by the same Vite config as an app with vue external, minified; gzip level 9; 1 kB = 1000 B. The goal rows count every chunk a page can load; the \"first render\" rows leave out lazy chunks (sh-ui loads its virtualizer only for \"All\" and long pages). PrimeVue ships its theme as JS (Aura preset), the others as CSS.',
    '',
  )
  for (const lib of libs) {
    const n = results.notes[lib.id]
    if (!n) continue
    const noChange = Object.entries(results.table).filter(([k, v]) => k.startsWith(`${lib.id}@`) && v.noChange?.length).map(([k, v]) => `${k}: ${v.noChange.join(', ')}`)
    if (n.blocked.length || n.console.length || noChange.length) {
      lines.push(`- ${lib.label}: ${[n.blocked.length ? `blocked requests to ${n.blocked.join(', ')}` : '', n.console.length ? `console: ${n.console.join(' | ')}` : '', noChange.length ? `no DOM change for ${noChange.join('; ')}` : ''].filter(Boolean).join('; ')}`)
    }
  }
  for (const [lib, ssr] of Object.entries(results.ssr)) {
    for (const [k, v] of Object.entries(ssr ?? {})) if (v?.error) lines.push(`- SSR ${lib} ${k}: ${v.error.split('\n')[0]}`)
    if (ssr?.error) lines.push(`- SSR ${lib}: ${ssr.error.split('\n')[0]}`)
  }
  writeFileSync(path, `${lines.join('\n')}\n`)
}
