// A step of `npm test`: `nuxt generate` on playground/ (Nuxt Content v3 +
// sh-ui/nuxt, using the freshly built package), then checks on the generated
// HTML that a visitor and a search engine would notice. Exits non-zero on any failure.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { checkHydration } from './browser-checks.mjs'
import { playground, preparePlayground, run } from './playground.mjs'

const started = Date.now()
// PLAYGROUND_REUSE=1 re-checks the last generated site, for editing these checks.
if (!process.env.PLAYGROUND_REUSE) {
  preparePlayground()
  rmSync(`${playground}/.output`, { recursive: true, force: true })
  if (run('npx', ['nuxt', 'generate', 'playground', '--logLevel', 'silent']) !== 0) fail('nuxt generate failed')
}
const generateSeconds = ((Date.now() - started) / 1000).toFixed(1)

const out = `${playground}/.output/public`
// Vue's fragment markers (<!--[-->) are dropped so patterns can follow the markup.
const page = (route) => readFileSync(`${out}${route === '/' ? '' : route}/index.html`, 'utf8').replace(/<!--[\s\S]*?-->/g, '')
const checks = []
const check = (name, ok, detail = '') => checks.push({ name, ok: Boolean(ok), detail })

/** Text as a reader sees it: tags dropped, entities decoded, whitespace collapsed. */
const text = (html) =>
  html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
/** The class attribute of the first element carrying `data-slot="<slot>"` after `marker`. */
const slotClass = (html, slot, marker = '') => {
  const from = marker ? html.indexOf(marker) : 0
  const match = new RegExp(`<[a-z0-9]+[^>]*data-slot="${slot}"[^>]*>`).exec(html.slice(Math.max(from, 0)))
  return /class="([^"]*)"/.exec(match?.[0] ?? '')?.[1] ?? ''
}
const faqPages = (html) => (html.match(/"@type":\s*"FAQPage"/g) ?? []).length

const routes = ['/', '/faq', '/segments', '/tables', '/links', '/registry', '/documents']
for (const route of routes) {
  const exists = existsSync(`${out}${route === '/' ? '' : route}/index.html`)
  check(`${route} is generated`, exists)
  if (!exists) continue
  const html = page(route)
  const unresolved = html.match(/<(sh-[a-z-]+|Sh[A-Z][A-Za-z]*)[\s>]/g)
  check(`${route} has no unresolved component tags`, !unresolved, unresolved?.join(', '))
}

if (existsSync(`${out}/faq/index.html`)) {
  const html = page('/faq')
  const seen = text(html)
  for (const question of [
    'How do I join the garden co-op?',
    'Where are the tool sheds?',
    'Can I share a plot?',
    'Is there parking?',
    'Are dogs allowed?',
    'What grows well in spring?',
    'Who waters the plots in August?',
  ])
    check(`/faq shows the question "${question}"`, seen.includes(question))
  check('/faq renders markdown emphasis in YAML answers', /<strong[^>]*>front desk<\/strong>/.test(html))
  check('/faq renders markdown lists in YAML answers', /<li[^>]*>[^<]*(<!--\[-->)?a proof of address/.test(html))
  check('/faq keeps MDC link attributes in answers', /<a[^>]*href="\/links"[^>]*target="_blank"[^>]*>(<!--\[-->)?site map/.test(html))
  check('/faq renders inline HTML anchors in answers', /<a[^>]*href="\/links"[^>]*>(<!--\[-->)?volunteers/.test(html))
  check('/faq renders markdown in inline-prop answers', /<em[^>]*>twenty<\/em>/.test(html))
  check('/faq renders answers through MDC (MDC-only span attributes work)', /<span class="font-semibold">three members<\/span>/.test(html))
  check('/faq renders child-item answers as markdown', /<li[^>]*>(<!--\[-->)?Radishes/.test(html) && /<strong[^>]*>rota<\/strong>/.test(html))
  check('/faq uses the child item id', /id="august-watering"/.test(html))
  check('/faq never renders the writer note (description)', !seen.includes('A note for writers'))
  check('/faq has exactly one FAQPage JSON-LD for its three blocks', faqPages(html) === 1, `found ${faqPages(html)}`)
  // "Quick answers" has no ui prop of its own, so app.config's classes show as they are.
  const title = /<h2[^>]*class="([^"]*)"[^>]*data-slot="header.title"[^>]*>(?:<[^>]+>)*Quick answers/.exec(html)?.[1] ?? ''
  check('/faq applies app.config theme overrides (faq.header.title)', /\btracking-tight\b/.test(title) && /\btext-3xl\b/.test(title), title)
  const yamlTitle = /<h2[^>]*class="([^"]*)"[^>]*data-slot="header.title"[^>]*>(?:<[^>]+>)*Working with/.exec(html)?.[1] ?? ''
  check('/faq: a ui prop wins over app.config (merge order)', /\btext-2xl\b/.test(yamlTitle) && !/\btext-3xl\b/.test(yamlTitle), yamlTitle)
}

if (existsSync(`${out}/segments/index.html`)) {
  const html = page('/segments')
  const wrapper = slotClass(html, 'wrapper')
  check('/segments applies app.config theme overrides (segment.wrapper)', /\brounded-lg\b/.test(wrapper), wrapper)
  check('/segments applies the YAML ui prop', /\bbg-sh-surface-muted\b/.test(wrapper), wrapper)
  check('/segments applies an inline JSON ui binding', /class="[^"]*max-h-40[^"]*"[^>]*data-slot="wrapper"/.test(html))
  const outer = html.search(/class="[^"]*bg-sh-surface-muted[^"]*"[^>]*data-slot="wrapper"/)
  const nested = html.search(/class="[^"]*border-l-4[^"]*"[^>]*data-slot="wrapper"><p>A nested segment/)
  check('/segments renders the nested segment inside its parent, its text directly in its wrapper', outer >= 0 && nested > outer, `${outer} ${nested}`)
  check('/segments resolves a front-matter binding ({{ $doc.owner }}) inside a segment', text(html).includes('This segment belongs to the playground'))
  check('/segments has no FAQPage JSON-LD', faqPages(html) === 0)
}

if (existsSync(`${out}/tables/index.html`)) {
  const seen = text(page('/tables'))
  check('/tables: the ::ShDynamicTable block shows its first page of rows in the server HTML', seen.includes('Method for efficient object transfer, part 1'))
  check('/tables: the header markdown renders', /Declarations of the <em[^>]*>playground<\/em> members/.test(page('/tables')))
  check('/tables: a dataField path into the response is followed', seen.includes('10240-10289'))
  check('/tables: inline rows render on the server', seen.includes('Garlic'))
  check('/tables: pagination keeps later rows off the first page', !seen.includes('part 32'))
}

if (existsSync(`${out}/registry/index.html`)) {
  const seen = text(page('/registry'))
  check('/registry: the XML registry, through the transform the app provides ($filterDDFObjects), shows every object on the server', seen.includes('Soil Moisture 1') && seen.includes('Gate Lock 3'))
  check('/registry: a link the transform puts in a cell renders as a link', /<a[^>]*href="https:\/\/example.org\/registry\/version_history\/3300-1_0.xml"[^>]*>XML<\/a>/.test(page('/registry')))
  check('/registry: the enablers JSON, through $filterOmaEnablers, shows its rows', seen.includes('Garden Compost Rota'))
}

// The last of the 60 publications is on page 6: only the payload could carry it into the first page's HTML.
const lastDocument = JSON.parse(readFileSync(`${playground}/public/data/publications.json`, 'utf8')).at(-1).fileName
if (existsSync(`${out}/documents/index.html`)) {
  const seen = text(page('/documents'))
  check('/documents: the table after other MDC blocks shows its first rows on the server', seen.includes('GC-TS-PLOTB-V1_0-20150101-C.pdf'))
  check('/documents: the header markdown renders', /Garden <em[^>]*>technical<\/em> specifications/.test(page('/documents')))
  const raw = readFileSync(`${out}/documents/index.html`, 'utf8')
  check('/documents: the HTML (payload included) holds no row of a later page', !raw.includes(lastDocument))
  check('/documents: the HTML weighs what the first page shows (< 150 KB)', raw.length < 150_000, `${raw.length} bytes`)
}

if (existsSync(`${out}/links/index.html`)) {
  const html = page('/links')
  check('/links renders both link lists as labelled navigation', (html.match(/<nav[^>]*aria-labelledby=/g) ?? []).length === 2)
  check('/links marks the external link', /href="https:\/\/example.org\/"[^>]*target="_blank"/.test(html))
}

const css = readdirSync(`${out}/_nuxt`).filter((file) => file.endsWith('.css')).map((file) => readFileSync(`${out}/_nuxt/${file}`, 'utf8')).join('\n')
check('the module adds sh-ui/style.css (design tokens present)', /--sh-fg/.test(css))

// sh-ui/meta.json as an installed package ships it (for Nuxt Studio and the MDC extension for VS Code).
const metaFile = createRequire(`${playground}/package.json`).resolve('sh-ui/meta.json')
const meta = JSON.parse(readFileSync(metaFile, 'utf8')).components
const faqQas = meta.ShFaq?.meta.props.find((prop) => prop.name === 'qas')
check('sh-ui/meta.json describes every block, with documented props', ['ShFaq', 'ShFaqItem', 'ShSegment', 'ShCheckoutLinks', 'ShDataTable', 'ShIprTable'].every((name) => meta[name]?.description && meta[name].meta.props.length) && Boolean(faqQas?.description))
check('sh-ui/meta.json lists ShDynamicTable as ShDataTable', meta.ShDynamicTable?.aliasOf === 'ShDataTable' && meta.ShDynamicTable.meta.props.some((prop) => prop.name === 'dataUrl'))
check('sh-ui/meta.json: every prop of every component has a description (editor tooltips)', Object.values(meta).every((entry) => entry.meta.props.every((prop) => prop.description)))

await checkInBrowser()

// Types as an app developer gets them: app.config's shUi and component props (playground/app/*probe*).
if (!process.env.PLAYGROUND_REUSE) {
  const prepared = run('npx', ['nuxt', 'prepare', 'playground', '--logLevel', 'silent']) === 0
  check('the playground type-checks (app.config shUi keys and component props are typed)', prepared && run('npx', ['vue-tsc', '--noEmit', '-p', 'playground/.nuxt/tsconfig.app.json']) === 0)
}

for (const { name, ok, detail } of checks) console.log(`${ok ? '✓' : '✗'} ${name}${!ok && detail ? ` (${detail})` : ''}`)
const failed = checks.filter((c) => !c.ok).length
const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(`playground: nuxt generate in ${generateSeconds}s, all checks in ${seconds}s; ${checks.length - failed} of ${checks.length} checks passed`)
if (failed) process.exit(1)

/**
 * The generated site in Chromium: hydration without mismatches or errors,
 * tables hydrated from the payload's first pages and then loading their full
 * data once each, and the FAQ interactive.
 */
async function checkInBrowser() {
  let dataRequests = []
  const before = (page) => {
    dataRequests = []
    page.on('request', (request) => {
      if (request.url().includes('/data/')) dataRequests.push(request.url())
    })
  }
  await checkHydration(out, routes, check, { before, after: checkRoute })
  async function checkRoute(page, route) {
    if (route === '/tables') {
      // Two tables read declarations.json; one reads reservations.json. Their requests start as the tables
      // hydrate, which on a busy machine can come after "networkidle".
      const loaded = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/data/')).length >= 3
      await page.waitForFunction(loaded, null, { timeout: 30_000, polling: 100 }).catch(() => {})
      const loads = dataRequests.map((url) => new URL(url).pathname).sort().join(', ')
      check('/tables: each data table loads its full data once after hydration', loads === '/data/declarations.json, /data/declarations.json, /data/reservations.json', loads || 'no request')
      const rows = await page.locator('[data-slot="tbody"]').first().locator('tr[data-slot="tr"]').count()
      check('/tables shows the first page of rows after hydration', rows === 10, `${rows} rows`)
      await page.getByRole('searchbox').first().fill('Elmfield')
      await page.waitForTimeout(300)
      const text = await page.locator('[data-slot="tbody"]').first().innerText()
      check('/tables search works after hydration', text.includes('Elmfield') && !text.includes('Acorn'), text.slice(0, 80))
    }
    if (route === '/documents') {
      await page.getByRole('searchbox').first().fill(lastDocument)
      const match = page.locator('[data-slot="tbody"] tr[data-slot="tr"]').filter({ hasText: lastDocument })
      const found = await match.first().waitFor({ timeout: 10_000 }).then(() => match.count(), () => 0)
      check('/documents: after hydration the search finds a row of a later page (the full data loaded)', found === 1, `${found} rows`)
    }
    if (route === '/segments') {
      const grid = await page.locator('[data-slot="wrapper"].grid-rows-1').evaluate((element) => element.querySelectorAll(':scope > [data-slot="wrapper"]').length)
      check('/segments: the element carrying the writer\'s grid ui.wrapper is the direct parent of its 9 blocks', grid === 9, `${grid} direct children`)
    }
    if (route === '/faq') {
      const button = page.locator('button[aria-controls]').filter({ hasText: 'How do I join the garden co-op?' })
      await button.click()
      check('/faq opens an answer on click after hydration', (await button.getAttribute('aria-expanded')) === 'true')
    }
  }
}

function fail(message) {
  console.error(`playground: ${message}`)
  process.exit(1)
}
