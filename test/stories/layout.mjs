// Layout check over the built Storybook (run `npm run build-storybook` first):
// every story at 390 and 1280 px, in light and in dark, and every docs page at
// both widths. For each: the story renders and its `play` passes, axe finds no
// violation, nothing overflows the page or its container, and borders, sort
// icons and focus rings reach 3:1 (test/support/contrast.js). One page per
// width switches stories over Storybook's channel instead of reloading, which
// keeps the whole run to a few minutes. Prints one line per failure, the lowest
// contrasts and the counts; exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright'
import { serve } from '../consumer/serve.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const staticDir = `${root}storybook-static`
const WIDTHS = [390, 1280]
const SCHEMES = ['light', 'dark']
const PHONE = /\bMobile\b/
const started = Date.now()
const log = (message) => console.log(`[layout ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`)

if (!existsSync(`${staticDir}/index.json`)) {
  console.error('storybook-static/ is missing; run `npm run build-storybook` first.')
  process.exit(1)
}
// LAYOUT_ONLY=<regex> narrows the run to matching story and docs ids while fixing a page.
const only = new RegExp(process.env.LAYOUT_ONLY ?? '')
const entries = Object.values(JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')).entries).filter((entry) => only.test(entry.id))
const stories = entries.filter((entry) => entry.type === 'story')
const docs = entries.filter((entry) => entry.type === 'docs')
const helpers = [
  readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
  readFileSync(`${root}test/support/contrast.js`, 'utf8').replace(/^export /gm, ''),
  readFileSync(`${root}test/stories/layout-probe.js`, 'utf8').replace(/^export /gm, ''),
].join('\n;\n')

const server = await serve(staticDir)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const failures = []
const lowest = { text: { ratio: Infinity }, nonText: { ratio: Infinity } }
let combinations = 0
let overflowing = 0
try {
  // The two widths run side by side: two cores, and most of the time is spent waiting on renders.
  await Promise.all(WIDTHS.map((width) => checkWidth(width)))
} finally {
  await browser.close()
  await server.close()
}

const phones = stories.filter((story) => PHONE.test(story.name)).length
log(`${combinations} combinations: ${stories.length - phones} stories × ${WIDTHS.join(' and ')} px × ${SCHEMES.join(' and ')}, ${phones} Mobile stories × 320 px × ${SCHEMES.join(' and ')}, ${docs.length} docs pages × ${WIDTHS.join(' and ')} px`)
log(`lowest text contrast ${lowest.text.ratio.toFixed(2)}:1 (${lowest.text.where}), lowest non-text ${lowest.nonText.ratio.toFixed(2)}:1 (${lowest.nonText.where})`)
log(`overflowing elements: ${overflowing}`)
if (failures.length) {
  console.error(`${failures.length} failure(s):\n${failures.map((failure) => `  ✗ ${failure}`).join('\n')}`)
  process.exit(1)
}
log('ok')

async function checkWidth(width) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' })
  page.on('pageerror', (error) => failures.push(`${width}px: page error: ${error.message}`))
  await open(page)
  for (const scheme of SCHEMES) {
    for (const story of stories) {
      // Stories named Mobile pin Storybook's 320 px phone viewport (stories/_shared/viewport.ts): they run at 320 px, once.
      if (!PHONE.test(story.name)) await check(page, { id: story.id, viewMode: 'story', scheme, width })
      else if (width === WIDTHS[0]) await atWidth(page, 320, () => check(page, { id: story.id, viewMode: 'story', scheme, width: 320 }))
    }
  }
  for (const entry of docs) await check(page, { id: entry.id, viewMode: 'docs', scheme: 'light', width })
  await page.close()
}

async function atWidth(page, width, run) {
  const previous = page.viewportSize()
  await page.setViewportSize({ width, height: previous.height })
  try {
    await run()
  } finally {
    await page.setViewportSize(previous)
  }
}

/** (Re)loads the preview in light, with axe, contrast.js and the probe. */
async function open(page) {
  // A reload the preview started itself may interrupt this one: then that reload is the fresh page.
  await page.goto(`${server.url}iframe.html?id=${entries[0].id}&viewMode=${entries[0].type === 'docs' ? 'docs' : 'story'}`).catch(() => page.waitForLoadState('load'))
  await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__)
  await page.addScriptTag({ content: helpers })
}

async function check(page, target) {
  combinations += 1
  const where = `${target.id} ${target.viewMode === 'docs' ? 'docs' : target.scheme} ${target.width}px`
  let result
  for (let attempt = 1; !result; attempt += 1) {
    try {
      result = await page.evaluate(renderAndProbe, target)
    } catch (error) {
      // The preview reloaded under the probe (Storybook does so on its own at times): one retry on a fresh page.
      await open(page)
      if (attempt === 2) {
        failures.push(`${where}: ${error.message.split('\n')[0]}`)
        return
      }
    }
  }
  if (result.error) failures.push(`${where}: ${result.error}`)
  for (const problem of result.problems) failures.push(`${where}: ${problem}`)
  overflowing += result.overflowing
  for (const [kind, reading] of [['text', result.lowestText], ['nonText', result.lowestNonText]]) {
    if (reading && reading.ratio < lowest[kind].ratio) lowest[kind] = { ratio: reading.ratio, where: `${where}: ${reading.what}` }
  }
}

/** In the iframe: switch story and scheme over the channel, wait for render and play, then probe. */
function renderAndProbe({ id, viewMode, scheme }) {
  return window.renderAndProbe({ id, viewMode, scheme })
}
