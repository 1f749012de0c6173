// The docs site as GitHub Pages serves it: builds the static Storybook
// (`npm run build-storybook`, the command .github/workflows/storybook.yml runs),
// serves it from the sub-path /sh-ui/ with nothing at the site root, and opens
// every docs page through the sidebar's own URL in Chromium. Each must show its
// sidebar entry and render its docs without an error, and no file may fail to
// load (an absolute `/assets/…` URL would). The sidebar must show the version badge.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright'
import { readPackage, root } from './build-entries.mjs'

const base = '/sh-ui/'
const out = join(root, 'storybook-static')
const pkg = readPackage()
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' }

const started = Date.now()
const build = spawnSync('npm', ['run', 'build-storybook'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0 || !existsSync(join(out, 'index.json'))) {
  console.error(`check-storybook: npm run build-storybook failed (exit ${build.status})`)
  process.exit(1)
}
const files = readdirSync(out, { recursive: true }).filter((file) => statSync(join(out, file)).isFile())
const bytes = files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0)
console.log(`storybook-static: built in ${((Date.now() - started) / 1000).toFixed(1)} s, ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`)

const docs = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries).filter((entry) => entry.type === 'docs')
const server = createServer(serve).listen(0, '127.0.0.1')
await new Promise((resolve) => server.once('listening', resolve))
const site = `http://127.0.0.1:${server.address().port}${base}`
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const problems = []
/** The text of the docs page shown last, to tell when the next one has replaced it. */
let lastText = ''
try {
  const page = await browser.newPage()
  page.on('response', (response) => isBuildFile(response.url()) && response.status() >= 400 && problems.push(`${response.url()} answered ${response.status()}`))
  page.on('pageerror', (error) => problems.push(`script error on ${page.url()}: ${error.message}`))
  await page.goto(site)
  const badge = await page.locator('[data-version-badge]').textContent({ timeout: 60_000 }).catch(() => null)
  if (badge !== `v${pkg.version}`) problems.push(`the sidebar's version badge shows ${badge}, expected v${pkg.version}`)
  for (const entry of docs) await checkDocsPage(page, entry)
} finally {
  await browser.close()
  server.close()
}

if (problems.length) {
  console.error(`\ncheck-storybook: ${problems.length} problem(s):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`)
  process.exit(1)
}
console.log(`check-storybook: ok (${docs.length} docs pages reachable from the sidebar under ${base}: ${docs.map((entry) => entry.title).join(', ')})`)

/**
 * Moves to a docs page by the URL its sidebar link uses, as a click does: in place,
 * without reloading the manager and preview (a reload per page took minutes on a
 * loaded machine). The sidebar must list it and its docs must render.
 */
async function checkDocsPage(page, entry) {
  await page.evaluate((path) => {
    history.pushState(null, '', path)
    dispatchEvent(new PopStateEvent('popstate'))
  }, `${base}?path=/docs/${entry.id}`)
  const inSidebar = await page.locator(`[data-item-id="${entry.id}"]`).first().waitFor({ timeout: 60_000 }).then(() => true, () => false)
  if (!inSidebar) problems.push(`docs page ${entry.id} is not in the sidebar`)
  const preview = page.frame({ url: /iframe\.html/ })
  // The preview swaps the docs in place: wait for this page's content, not the previous page's.
  const text = await preview
    ?.waitForFunction((previous) => {
      const shown = document.querySelector('#storybook-docs .sbdocs-content')?.textContent?.trim()
      return shown && shown !== previous ? shown : false
    }, lastText, { timeout: 60_000 })
    .then((handle) => handle.jsonValue(), () => '')
  if (!text) problems.push(`docs page ${entry.id} rendered no content`)
  else lastText = text
  if (await page.frameLocator('#storybook-preview-iframe').locator('.sb-errordisplay:visible').count()) problems.push(`docs page ${entry.id} shows an error`)
}

/**
 * A file the build wrote or one requested from the site root, where a sub-path deploy has
 * nothing. (Stories deliberately show broken user URLs such as `x`; those may 404.)
 */
function isBuildFile(url) {
  const { pathname } = new URL(url)
  return !pathname.startsWith(base) || /\/(assets|sb-[^/]+)\/|\.(js|mjs|css|json)$/.test(pathname)
}

/** GitHub Pages: the site lives under the sub-path, the root has nothing. */
function serve(request, response) {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname)
  const file = path.startsWith(base) ? normalize(join(out, path.slice(base.length) || 'index.html')) : null
  if (!file || !file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
}
