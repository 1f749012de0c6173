// Page weight of the technical-documents page (issue 11), measured, not tested: the playground's
// /documents page generated with the OMA site's publications (2,714 rows, from ../shared/fixtures/oma when
// present, else 2,719 generated rows of the same shape), then opened in Chromium.
// Prints the generated HTML size (raw and gzip) and the time from hydration to a searchable table: a word
// found only on a later page is typed as soon as Nuxt has hydrated, and the clock stops when its row shows.
// `npm run build` first (it uses dist/ like the playground); `node scripts/measure-page-weight.mjs [runs]`.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname } from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium } from './browser-checks.mjs'
import { playground, root, run } from './playground.mjs'

const runs = Number(process.argv[2] ?? 5)
// Under node_modules/, so the copy resolves Nuxt from the repo's install and git ignores it.
const site = `${root}node_modules/.cache/page-weight-playground`
const fixture = `${root}../shared/fixtures/oma/data/publications.json`

rmSync(site, { recursive: true, force: true })
cpSync(playground, site, { recursive: true, filter: (path) => !/\/(node_modules|\.output|\.nuxt|\.data)(\/|$)/.test(path.slice(playground.length)) })
mkdirSync(`${site}/node_modules/sh-ui`, { recursive: true })
cpSync(`${root}dist`, `${site}/node_modules/sh-ui/dist`, { recursive: true })
cpSync(`${root}package.json`, `${site}/node_modules/sh-ui/package.json`)
const rows = existsSync(fixture) ? JSON.parse(readFileSync(fixture, 'utf8')) : generated(2719)
if (!existsSync(fixture)) console.log(`notice: ${fixture} is absent; 2,719 generated rows are used`)
writeFileSync(`${site}/public/data/publications.json`, JSON.stringify(rows))
// The last row is on the last page: its file name is the word to search for.
const target = rows.at(-1).fileName

if (run('npx', ['nuxt', 'generate', site, '--logLevel', 'silent']) !== 0) throw new Error('nuxt generate failed')
const out = `${site}/.output/public`
const html = readFileSync(`${out}/documents/index.html`)
console.log(`rows: ${rows.length}`)
console.log(`/documents HTML: ${(html.length / 1024).toFixed(1)} KiB (${(gzipSync(html).length / 1024).toFixed(1)} KiB gzip)`)
console.log(`server HTML contains the last row: ${html.includes(target)}`)

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }
const server = createServer((request, response) => {
  let file = `${out}${decodeURIComponent(new URL(request.url, 'http://localhost').pathname)}`
  if (existsSync(file) && statSync(file).isDirectory()) file += '/index.html'
  if (!existsSync(file)) return response.writeHead(404).end()
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }).end(readFileSync(file))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const browser = await launchChromium()
const times = []
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${server.address().port}/documents`, { waitUntil: 'commit' })
    times.push(await page.evaluate(searchable, target))
    await page.close()
  }
} finally {
  await browser.close()
  server.close()
}
times.sort((a, b) => a.searchable - b.searchable)
const median = times[Math.floor(times.length / 2)]
console.log(`hydrated at ${median.hydrated.toFixed(0)} ms after navigation; searchable ${median.searchable.toFixed(0)} ms after hydration (median of ${runs})`)
console.log(`all runs (ms after hydration): ${times.map((t) => t.searchable.toFixed(0)).join(', ')}`)
console.log(`the data file's request, start to end (ms after hydration): ${times.map((t) => t.fetched.map((ms) => ms.toFixed(0)).join(' to ') || 'none').join('; ')}`)

/** In the page: waits for Nuxt's hydration to finish, types `word`, and times until its row shows. */
function searchable(word) {
  const nuxt = () => document.querySelector('#__nuxt')?.__vue_app__?.config.globalProperties.$nuxt
  return new Promise((resolve) => {
    const wait = () => {
      if (!nuxt() || nuxt().isHydrating) return requestAnimationFrame(wait)
      const hydrated = performance.now()
      const input = document.querySelector('input[type="search"]')
      input.value = word
      input.dispatchEvent(new Event('input'))
      const found = () => {
        if (!document.querySelector('[data-slot="tbody"]')?.textContent.includes(word)) return requestAnimationFrame(found)
        const load = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/data/publications.json'))
        const fetched = load ? [load.startTime - hydrated, load.responseEnd - hydrated] : []
        resolve({ hydrated, searchable: performance.now() - hydrated, fetched })
      }
      found()
    }
    wait()
  })
}

function generated(count) {
  return Array.from({ length: count }, (_, i) => ({
    enablerName: `Enabler ${i % 220}`,
    enablerAbbreviation: `EN${i % 220}`,
    status: i % 3 ? 'Approved' : 'Candidate',
    version: `V${1 + (i % 3)}.0`,
    fileName: `OMA-TS-EN${i % 220}-V1_0-${20000101 + i}-C.pdf`,
    docType: i % 2 ? 'Technical Specification' : 'Enabler Release',
    url: `https://example.org/release/${i}.pdf`,
    releaseDate: i % 17 ? `${2001 + (i % 24)}-01-01` : '',
  }))
}
