// A step of `npm test`: the OMA site's own stack (playground-nuxt3: Nuxt 3,
// @nuxt/ui v2 with Tailwind CSS 3 and color-mode, @nuxt/content 3) with the
// packed sh-ui, generated, its HTML checked, and every page hydrated in Chromium
// with Vue's mismatch details on. Its packages come from its own package-lock
// (`npm ci` when missing or changed); sh-ui is added from `npm pack` without saving.
// NUXT3_DEV=1 also runs `nuxt dev` on it (scripts/test-playground-dev.mjs).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkHydration } from './browser-checks.mjs'
import { root } from './playground.mjs'

const dir = `${root}playground-nuxt3`
const started = Date.now()
const seconds = (from) => ((Date.now() - from) / 1000).toFixed(1)
const run = (cmd, args, cwd = dir) => spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' } }).status ?? 1
function fail(message) {
  console.error(`playground-nuxt3: ${message}`)
  process.exit(1)
}

if (!existsSync(`${root}dist/nuxt/module.js`)) fail('dist/ is missing; run `npm run build` first.')

// npm writes node_modules/.package-lock.json on install: older than the lock means the lock changed since.
const installed = `${dir}/node_modules/.package-lock.json`
let ciSeconds = 'skipped (installed)'
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(`${dir}/package-lock.json`).mtimeMs) {
  const ciStarted = Date.now()
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) fail('npm ci failed')
  ciSeconds = `${seconds(ciStarted)}s`
}

const temp = mkdtempSync(join(tmpdir(), 'sh-ui-nuxt3-'))
try {
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', temp], { cwd: root, encoding: 'utf8' })
  const tarball = join(temp, JSON.parse(packed.stdout)[0].filename)
  // --no-save keeps package.json and the lock as committed; sh-ui's Vue peer resolves to the app's one Vue.
  if (run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball]) !== 0) fail('installing the sh-ui tarball failed')
} finally {
  rmSync(temp, { recursive: true, force: true })
}
const installSeconds = seconds(started)

const generateStarted = Date.now()
rmSync(`${dir}/.output`, { recursive: true, force: true })
if (run(`${dir}/node_modules/.bin/nuxt`, ['generate', '--logLevel', 'silent']) !== 0) fail('nuxt generate failed')
const generateSeconds = seconds(generateStarted)

const out = `${dir}/.output/public`
const checks = []
const check = (name, ok, detail = '') => checks.push({ name, ok: Boolean(ok), detail })
const page = (route) => readFileSync(`${out}${route === '/' ? '' : route}/index.html`, 'utf8').replace(/<!--[\s\S]*?-->/g, '')

const vueCopies = spawnSync('npm', ['ls', 'vue', '--all', '--parseable'], { cwd: dir, encoding: 'utf8' }).stdout.split('\n').filter((line) => /node_modules\/vue$/.test(line))
check('one copy of Vue in the app (sh-ui uses the app\'s Vue)', vueCopies.length === 1, vueCopies.join(', '))

const routes = ['/', '/stack', '/faq', '/segments', '/tables', '/links', '/registry', '/documents']
/**
 * The content pages sit in Tailwind Typography's `.prose` (pages/[...slug].vue), which gives tables, headings and
 * lists outer margins: a widget's own element that would get one, per route. sh-ui's `not-prose` keeps it at 0.
 */
const PROSE_MARGINS = { '/tables': '[data-slot="table"]', '/faq': '[data-slot="header.title"]', '/links': '[data-slot="list"]' }

for (const route of routes) {
  const exists = existsSync(`${out}${route === '/' ? '' : route}/index.html`)
  check(`${route} is generated`, exists)
  if (!exists) continue
  const unresolved = page(route).match(/<(sh-[a-z-]+|Sh[A-Z][A-Za-z]*|u-[a-z-]+|U[A-Z][A-Za-z]*)[\s>]/g)
  check(`${route} has no unresolved component tags`, !unresolved, unresolved?.join(', '))
}
if (existsSync(`${out}/registry/index.html`)) {
  const html = page('/registry')
  // Scripts dropped: the payload carries the fetched XML itself.
  const seen = html.replace(/<script[\s\S]*?<\/script>/gi, ' ')
  check('/registry: the XML registry, through the app\'s provided transform, shows its objects on the server', />Soil Moisture 1</.test(seen) && />Gate Lock 3</.test(seen))
  check('/registry: the XML file was served as data, not as a page', !/Page not found/.test(html))
}

await checkInBrowser()

for (const { name, ok, detail } of checks) console.log(`${ok ? '✓' : '✗'} ${name}${!ok && detail ? ` (${detail})` : ''}`)
const failed = checks.filter((c) => !c.ok).length
console.log(`playground-nuxt3: npm ci ${ciSeconds}, sh-ui install ${installSeconds}s, nuxt generate ${generateSeconds}s, all in ${seconds(started)}s; ${checks.length - failed} of ${checks.length} checks passed`)
if (failed) process.exit(1)
if (process.env.NUXT3_DEV && run('node', ['scripts/test-playground-dev.mjs', 'playground-nuxt3', '/stack'], root) !== 0) process.exit(1)

/** The generated site in Chromium: clean hydration everywhere, Nuxt UI and sh-ui styled together in dark mode. */
async function checkInBrowser() {
  await checkHydration(out, routes, check, {
    after: async (tab, route) => {
      if (route === '/stack') await checkStack(tab)
      if (PROSE_MARGINS[route]) await checkOutsideProse(tab, route)
      if (route === '/segments') {
        const children = await tab.locator('[data-slot="wrapper"].grid-rows-1').evaluate((element) => ({
          children: element.children.length,
          display: getComputedStyle(element).display,
        }))
        check('/segments: the writer\'s grid wrapper (Tailwind 3) lays out its 9 blocks as its direct children', children.display === 'grid' && children.children === 9, JSON.stringify(children))
      }
    },
  })
}

async function checkOutsideProse(tab, route) {
  const selector = `.prose ${PROSE_MARGINS[route]}`
  const margin = await tab.evaluate((found) => {
    const element = document.querySelector(found)
    return element ? getComputedStyle(element).marginTop : 'missing'
  }, selector)
  check(`${route}: inside the page's .prose, ${PROSE_MARGINS[route]} keeps sh-ui's look (no typography margin)`, margin === '0px', `${selector}: margin-top ${margin}`)
}

async function checkStack(tab) {
  const look = await tab.evaluate(() => {
    const style = (selector) => getComputedStyle(document.querySelector(selector))
    const segment = document.querySelector('#stack-segment')
    return {
      dark: document.documentElement.classList.contains('dark'),
      segmentClass: segment.className,
      segmentPadding: style('#stack-segment').paddingTop,
      segmentBackground: style('#stack-segment').backgroundColor,
      faqTitle: style('#stack-faq [data-slot="header.title"]').textTransform,
      shForeground: style('#stack-faq').getPropertyValue('--sh-fg').trim(),
      buttonBackground: style('#stack-button').backgroundColor,
    }
  })
  check('/stack: color-mode makes dark the default (html.dark)', look.dark)
  check('/stack: sh-ui follows color-mode\'s .dark (dark tokens)', look.shForeground === '#f3f4f6', look.shForeground)
  check('/stack: a writer\'s Tailwind 3 classes in a ui map apply (p-8, bg-primary-500)', look.segmentPadding === '32px' && look.segmentBackground !== 'rgba(0, 0, 0, 0)', JSON.stringify(look))
  check('/stack: ui classes merge with the defaults (one padding class left)', (look.segmentClass.match(/(^|\s)p-\d/g) ?? []).length === 1, look.segmentClass)
  check('/stack: a nested ui leaf (header.title) applies', look.faqTitle === 'uppercase', look.faqTitle)
  check('/stack: the Nuxt UI v2 button is styled by Nuxt UI', look.buttonBackground !== 'rgba(0, 0, 0, 0)', look.buttonBackground)
  const button = tab.locator('#stack-faq button[aria-controls]').first()
  await button.click()
  check('/stack: the FAQ opens an answer on click after hydration', (await button.getAttribute('aria-expanded')) === 'true')
}
