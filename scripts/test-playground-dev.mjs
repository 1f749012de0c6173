// A step of `npm test`: `nuxt dev` on a playground, every content page loaded
// in Chromium, and not one hydration message (Vue's dev build always gives
// mismatch details), console error or failed load. Catches what only the dev
// server shows, e.g. components resolved differently on the two sides.
// `node scripts/test-playground-dev.mjs [playground-dir] [extra routes...]`; the default is playground/.
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { launchChromium, freePort, recordProblems, settled } from './browser-checks.mjs'
import { preparePlayground, root } from './playground.mjs'

const dir = process.argv[2] ?? 'playground'
const started = Date.now()
if (dir === 'playground') preparePlayground()

/** One route per content page (index.md is `/`), plus the ones given on the command line. */
const contentDir = process.env.PLAYGROUND_CONTENT ?? `${root}playground/content`
const routes = [
  ...readdirSync(contentDir).filter((file) => file.endsWith('.md')).map((file) => (file === 'index.md' ? '/' : `/${file.slice(0, -3)}`)),
  ...process.argv.slice(3),
]

const port = await freePort()
const nuxtBin = dir === 'playground' ? `${root}node_modules/.bin/nuxt` : `${root}${dir}/node_modules/.bin/nuxt`
// Its own process group, so stopping it stops Vite and Nitro's workers too.
const server = spawn(nuxtBin, ['dev', '--port', String(port), '--host', '127.0.0.1', '--no-fork'], {
  cwd: `${root}${dir}`,
  detached: true,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' },
})
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stopServer(), process.exit(1)))

const origin = `http://127.0.0.1:${port}`
const failures = []
let browser
try {
  // The first content page, not `/`: a site's content may have no index page (the real OMA pages have none).
  await waitForServer(`${origin}${routes[0]}`)
  browser = await launchChromium()
  // The first visit lets Vite discover and pre-bundle the client's dependencies, which reloads the page once.
  const warmUp = await browser.newPage()
  await warmUp.goto(`${origin}${routes[0]}`, { waitUntil: 'networkidle', timeout: 0 })
  await warmUp.waitForTimeout(2000)
  await warmUp.close()
  for (const route of routes) {
    const page = await browser.newPage()
    const problems = recordProblems(page)
    await page.goto(`${origin}${route}`, { waitUntil: 'networkidle', timeout: 0 })
    // Vue reports mismatches while hydrating, which ends after the page's async components resolve.
    await page.waitForFunction(() => document.querySelector('#__nuxt')?.hasChildNodes(), null, { timeout: 0 })
    await page.waitForTimeout(500)
    const ok = problems.length === 0
    console.log(`${ok ? '✓' : '✗'} nuxt dev ${dir}${route} hydrates with no mismatch and no error${ok ? '' : ` (${(await settled(problems)).join(' | ')})`}`)
    if (!ok) failures.push(route)
    await page.close()
  }
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error))
  console.error(error)
} finally {
  await browser?.close()
  stopServer()
}
const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(`nuxt dev ${dir}: ${routes.length - failures.length} of ${routes.length} pages clean in ${seconds}s`)
process.exit(failures.length ? 1 : 0)

/** Polls until the dev server answers a page (its first build takes a while on a busy machine). */
async function waitForServer(url) {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`nuxt dev exited with ${server.exitCode}`)
    const status = await fetch(url).then((response) => response.status, () => 0)
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}
