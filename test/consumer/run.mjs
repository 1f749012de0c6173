// Consumer test: installs the packed tarball into two throwaway Vite apps,
// one running Tailwind v4 with `sh-ui/tailwind.css`, one importing only the
// prebuilt `sh-ui/style.css`, builds both, serves them on 127.0.0.1 and
// checks computed styles in Chromium. Run after `npm run build`.
// KEEP_CONSUMER=1 keeps the temp apps for debugging.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright'
import { checkPage } from './expectations.mjs'
import { serve } from './serve.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('../..', import.meta.url))
const started = Date.now()
const log = (message) => console.log(`[consumer ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`)

if (!existsSync(join(root, 'dist/index.js'))) fail('dist/ is missing; run `npm run build` first.')

/** The root's exact versions, so the npm cache `npm ci` filled answers the installs. */
const version = (name) => `${name}@${JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version}`
const apps = [
  { name: 'tailwind', deps: ['vue', 'vite', '@vitejs/plugin-vue', 'tailwindcss', '@tailwindcss/vite'].map(version), typecheck: true },
  { name: 'plain', deps: ['vue', 'vite', '@vitejs/plugin-vue'].map(version) },
]

const temp = mkdtempSync(join(tmpdir(), 'sh-ui-consumer-'))
/** Running commands, stopped if this script is interrupted. */
const children = new Set()
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of children) child.kill('SIGKILL')
    rmSync(temp, { recursive: true, force: true })
    process.exit(1)
  })
}
const servers = []
let browser
const failures = []
try {
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', temp], root))
  const tarball = join(temp, packed.filename)
  log(`packed ${packed.filename}`)

  await settleAll(apps.map((app) => createApp(app, tarball)))
  log('installed both apps')

  await settleAll(apps.flatMap((app) => [
    run(join(app.dir, 'node_modules/.bin/vite'), ['build'], app.dir),
    app.typecheck && run(join(root, 'node_modules/.bin/vue-tsc'), ['--noEmit', '--pretty', 'false', '-p', 'tsconfig.json'], app.dir),
  ].filter(Boolean)))
  log('built both apps (and type-checked the tailwind app against the bundled .d.ts)')

  for (const app of apps) {
    const server = await serve(join(app.dir, 'dist'))
    servers.push(server)
    app.url = server.url
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  for (const app of apps) {
    const page = await browser.newPage()
    const errors = []
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
    page.on('console', (message) => message.type() === 'error' && errors.push(`console error: ${message.text()}`))
    await page.goto(app.url)
    const problems = [...errors, ...(await checkPage(page, app.name))]
    failures.push(...problems.map((problem) => `${app.name} app: ${problem}`))
    log(`${app.name} app: ${problems.length ? `${problems.length} failed check(s)` : 'styled as expected'}`)
    await page.close()
  }
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error))
} finally {
  await browser?.close()
  await Promise.all(servers.map((server) => server.close()))
  if (process.env.KEEP_CONSUMER) log(`kept ${temp}`)
  else rmSync(temp, { recursive: true, force: true })
}

if (failures.length) fail(`${failures.length} failure(s):\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`)
log('ok')

/** A fresh Vite app: shared App.vue and index.html, its own entry and config, the tarball installed from the npm cache. */
async function createApp(app, tarball) {
  app.dir = join(temp, app.name)
  cpSync(join(here, 'app/index.html'), join(app.dir, 'index.html'))
  cpSync(join(here, 'app/App.vue'), join(app.dir, 'src/App.vue'))
  cpSync(join(here, 'app/types.ts'), join(app.dir, 'src/types.ts'))
  for (const file of ['main.ts', 'main.css', 'vite.config.js']) {
    if (!existsSync(join(here, app.name, file))) continue
    cpSync(join(here, app.name, file), join(app.dir, file === 'vite.config.js' ? file : `src/${file}`))
  }
  writeFileSync(join(app.dir, 'package.json'), JSON.stringify({ name: `consumer-${app.name}`, private: true, type: 'module' }))
  writeFileSync(
    join(app.dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', noEmit: true, types: ['vite/client'], lib: ['es2022', 'dom'] },
      include: ['src/**/*.ts', 'src/**/*.vue'],
    }),
  )
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...app.deps], app.dir)
}

/** Like Promise.all, but waits for every task, so no child process outlives the temp dir. */
async function settleAll(tasks) {
  const results = await Promise.allSettled(tasks)
  const errors = results.filter((r) => r.status === 'rejected').map((r) => r.reason)
  if (errors.length) throw new Error(errors.map((e) => (e instanceof Error ? e.message : String(e))).join('\n'))
}

/** Runs a command; resolves with its stdout, rejects with its output when it fails. */
function run(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    // A hung install or build fails the step instead of stalling CI.
    const child = spawn(cmd, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 })
    children.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      children.delete(child)
      if (code === 0) resolve(stdout)
      else reject(new Error(`\`${cmd.split('/').pop()} ${args.join(' ')}\` failed in ${cwd} (${signal ? `killed by ${signal}` : `exit ${code}`}):\n${stdout}${stderr}`))
    })
  })
}

function fail(message) {
  console.error(`consumer test FAILED: ${message}`)
  process.exit(1)
}
