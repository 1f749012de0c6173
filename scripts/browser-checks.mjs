// Chromium for the playground checks, and the one definition of "a page
// hydrated cleanly": no hydration message of any level (Vue's mismatch
// details are on in every playground), no Vue warning, no console error, no page error, no failed load.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer as createHttpServer } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { extname } from 'node:path'
import { chromium } from 'playwright'

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

/** Starts recording a page's problems; read the returned array after the page has loaded. */
export function recordProblems(page) {
  const problems = []
  page.on('console', (message) => {
    // Failed loads are reported below with their URL.
    if (/^Failed to load resource/.test(message.text())) return
    if (message.type() === 'error' || /hydration|\[Vue warn\]/i.test(message.text())) problems.push(describe(message))
  })
  page.on('response', (response) => {
    // The playgrounds ship no favicon; browsers ask for one anyway.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`)
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

/**
 * A console message with its DOM-node arguments shown as the start of their
 * HTML (Vue's mismatch warnings pass the server-rendered node itself).
 * Resolved lazily: the array entry is a promise until awaited by `settled`.
 */
function describe(message) {
  return Promise.all(
    message.args().map((arg) => arg.evaluate((value) => (value instanceof Node ? (value.outerHTML ?? value.textContent ?? '').slice(0, 160) : String(value))).catch(() => '?')),
  ).then((parts) => (parts.length ? parts.join(' ') : message.text()))
}

/** The recorded problems as text, once every message's arguments are read. */
export function settled(problems) {
  return Promise.all(problems)
}

/** A port nothing listens on, for a dev server. */
export function freePort() {
  return new Promise((resolve) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const CONTENT_TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
}

/** Serves a generated site (`.output/public`) as a static host would: `/x` is `/x/index.html`. */
export async function serveStatic(dir) {
  const server = createHttpServer((request, response) => {
    let file = `${dir}${decodeURIComponent(new URL(request.url, 'http://localhost').pathname)}`
    if (existsSync(file) && statSync(file).isDirectory()) file += '/index.html'
    if (!existsSync(file)) return response.writeHead(404).end()
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }
}

/**
 * Opens each route of a generated site in Chromium and checks that it hydrated cleanly, the one loop every
 * playground check shares. `before(tab, route)` runs before the page loads (to record requests), `after(tab, route)`
 * once it has, for the route's own checks. `offline` refuses requests leaving this machine.
 */
export async function checkHydration(dir, routes, check, { before, after, offline = false } = {}) {
  const server = await serveStatic(dir)
  const browser = await launchChromium()
  try {
    for (const route of routes) {
      const tab = await browser.newPage()
      if (offline) await tab.route((url) => !url.href.startsWith(server.origin), (request) => request.abort())
      const problems = recordProblems(tab)
      await before?.(tab, route)
      await tab.goto(`${server.origin}${route}`, { waitUntil: 'networkidle' })
      check(`${route} hydrates in Chromium with no mismatch and no error`, problems.length === 0, (await settled(problems)).join(' | '))
      await after?.(tab, route)
      await tab.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
}
