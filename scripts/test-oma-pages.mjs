// A step of `npm test`: the real OMA site's pages (../shared/fixtures/oma, when present) on the site's own
// stack. playground-nuxt3 (Nuxt 3, @nuxt/ui v2, @nuxt/content 3, installed with the packed sh-ui by the
// step before) renders the fixture pages with their data, as the site would after deleting its own
// components/content/sh-*.vue and adding sh-ui/nuxt. Checked: every FAQ question and segment of the
// source shows, every table loading local data shows rows on the server, and every page hydrates in
// Chromium with Vue's mismatch details on and no warning. Nothing from ../shared is copied.
// OMA_DEV=1 runs the same pages through `nuxt dev` as well.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { checkHydration } from './browser-checks.mjs'
import { root } from './playground.mjs'

const fixtures = process.env.SH_UI_OMA_FIXTURES ?? `${root}../shared/fixtures/oma`
if (!existsSync(`${fixtures}/content`)) {
  console.log(`notice: ${fixtures} is not here; the real OMA pages are not checked (0 checks).`)
  process.exit(0)
}
const dir = `${root}playground-nuxt3`
if (!existsSync(`${dir}/node_modules/sh-ui`)) {
  console.error('oma pages: playground-nuxt3 has no sh-ui installed; run scripts/test-playground-nuxt3.mjs first.')
  process.exit(1)
}

const started = Date.now()
rmSync(`${dir}/.output`, { recursive: true, force: true })
const generated = spawnSync(`${dir}/node_modules/.bin/nuxt`, ['generate', '--logLevel', 'silent'], {
  cwd: dir,
  stdio: 'inherit',
  env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1', SH_UI_OMA_FIXTURES: fixtures },
})
if (generated.status !== 0) {
  console.error('oma pages: nuxt generate failed')
  process.exit(1)
}
const generateSeconds = ((Date.now() - started) / 1000).toFixed(1)

const out = `${dir}/.output/public`
const checks = []
const check = (name, ok, detail = '') => checks.push({ name, ok: Boolean(ok), detail })
const pages = readdirSync(`${fixtures}/content`).filter((file) => file.endsWith('.md')).sort()
const figures = []

for (const file of pages) {
  const route = `/${file.slice(0, -3)}`
  const htmlFile = `${out}${route}/index.html`
  if (!existsSync(htmlFile)) {
    check(`${route} is generated`, false)
    continue
  }
  // Code fences hold examples of blocks, not blocks.
  const source = readFileSync(`${fixtures}/content/${file}`, 'utf8').replace(/^```[\s\S]*?^```/gm, '')
  const html = readFileSync(htmlFile, 'utf8').replace(/<!--[\s\S]*?-->/g, '')
  const body = html.replace(/<script[\s\S]*?<\/script>/gi, ' ')
  const text = plain(body)
  figures.push(`${route} ${(statSync(htmlFile).size / 1024).toFixed(0)} KiB`)

  const unresolved = body.match(/<(sh-(faq|segment|dynamic-table|checkout-links|ipr-table)|Sh(Faq|Segment|DynamicTable|CheckoutLinks|IprTable))[\s>]/g)
  check(`${route}: every sh-ui block resolved`, !unresolved, unresolved?.join(', '))

  // `- q: text`, or a block scalar (`- q: |`) whose text starts on the next line.
  const questions = [...source.matchAll(/^\s*-\s*q:[ \t]*(?:[|>]-?[ \t]*\n\s*)?["']?(.+?)["']?[ \t]*$/gm)].map((match) => plain(match[1]))
  if (questions.length) {
    const missing = questions.filter((question) => !text.includes(question))
    const shown = (body.match(/data-slot="question"/g) ?? []).length
    check(`${route}: all ${questions.length} FAQ questions show, each once as a question`, !missing.length && shown === questions.length, `${shown} shown; missing: ${missing.join(' / ')}`)
  }

  const segments = segmentFirstLines(source)
  if (segments.length) {
    const missing = segments.filter((line) => !text.includes(line))
    check(`${route}: the text of all ${segments.length} segments shows`, !missing.length, missing.join(' / '))
  }

  // Page weight follows the rows shown: with the whole file in the payload this page was 1,497 KiB.
  if (route === '/technical-documents') {
    const size = statSync(htmlFile).size
    check(`${route}: the HTML carries the first page of its 2,714 publications, not all of them (under 300 KiB)`, size < 300 * 1024, `${(size / 1024).toFixed(0)} KiB`)
  }

  const localTables = [...source.matchAll(/^::ShDynamicTable[\s\S]*?^dataUrl:\s*["']?(\/[^"'\s]+)/gm)].map((match) => match[1])
  for (const url of localTables) {
    check(`${route}: the table of ${url} shows its first page of rows in the server HTML`, /Showing 1 to \d+ of [\d,]+/.test(text) && !/role="alert"/.test(body), text.match(/Showing[^.]{0,40}/)?.[0])
  }
}

await checkInBrowser()

for (const { name, ok, detail } of checks) console.log(`${ok ? '✓' : '✗'} ${name}${!ok && detail ? ` (${detail})` : ''}`)
const failed = checks.filter((entry) => !entry.ok).length
console.log(`oma pages: ${pages.length} real pages, generated HTML: ${figures.join(', ')}`)
console.log(`oma pages: nuxt generate ${generateSeconds}s, all in ${((Date.now() - started) / 1000).toFixed(1)}s; ${checks.length - failed} of ${checks.length} checks passed`)
if (failed) process.exit(1)

// OMA_DEV=1 also loads every page from `nuxt dev` (about 85 s; outside `npm test` for its 15-minute limit).
if (process.env.OMA_DEV) {
  const dev = spawnSync(process.execPath, [`${root}scripts/test-playground-dev.mjs`, 'playground-nuxt3'], {
    stdio: 'inherit',
    env: { ...process.env, SH_UI_OMA_FIXTURES: fixtures, PLAYGROUND_CONTENT: `${fixtures}/content` },
  })
  if (dev.status !== 0) process.exit(1)
}

/** Every page in Chromium; requests leaving this machine (images and a demo API on other sites) are refused, as offline. */
function checkInBrowser() {
  return checkHydration(out, pages.map((file) => `/${file.slice(0, -3)}`), check, { offline: true })
}

/** The first line of prose of every `::ShSegment` block, as a reader sees it. */
function segmentFirstLines(markdown) {
  const lines = []
  for (const match of markdown.matchAll(/^:{2,}ShSegment[^\n]*\n(?:---\n[\s\S]*?\n---\n)?([\s\S]*?)^:{2,}\s*$/gm)) {
    const first = match[1].split('\n').map((line) => line.trim()).find((line) => line && !line.startsWith(':') && !line.startsWith('!['))
    if (first) lines.push(plain(first.split('{{')[0]).slice(0, 40).trim())
  }
  return lines
}

/** Text without tags, markdown emphasis, entities or repeated whitespace. */
function plain(value) {
  return value
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()
}
