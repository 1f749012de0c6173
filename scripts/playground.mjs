// `npm run playground` (dev server) and `node scripts/playground.mjs generate`:
// the playground resolves `sh-ui` and `sh-ui/nuxt` like an app that installed
// the package, through playground/node_modules/sh-ui -> the repo's built dist.
import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, symlinkSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const playground = `${root}playground`

/** Links the package into the playground and builds it when dist is missing. */
export function preparePlayground() {
  const link = `${playground}/node_modules/sh-ui`
  mkdirSync(`${playground}/node_modules`, { recursive: true })
  if (!lstatExists(link)) symlinkSync('../..', link, 'dir')
  if (!existsSync(`${root}dist/nuxt/module.js`)) run('npm', ['run', 'build'])
}

export function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1', ...env },
  })
  return result.status ?? 1
}

function lstatExists(path) {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? 'dev'
  preparePlayground()
  process.exit(run('npx', ['nuxt', command, 'playground', ...process.argv.slice(3)]))
}
