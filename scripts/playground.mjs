// `npm run playground` (dev server) and `node scripts/playground.mjs generate`:
// the playground resolves `sh-ui` and `sh-ui/nuxt` like an app that installed
// the package: the built package is copied to playground/node_modules/sh-ui
// (what `npm pack` ships), so Nuxt treats it as a dependency, not app source.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
export const playground = `${root}playground`

/** Installs the built package into the playground, building it first when dist is missing. */
export function preparePlayground() {
  const built = ['dist/nuxt/module.js', 'dist/index.d.ts', 'dist/style.css'].every((file) => existsSync(`${root}${file}`))
  if (!built && run('npm', ['run', 'build']) !== 0) process.exit(1)
  const target = `${playground}/node_modules/sh-ui`
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  cpSync(`${root}dist`, `${target}/dist`, { recursive: true })
  cpSync(`${root}package.json`, `${target}/package.json`)
}

export function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1', ...env },
  })
  return result.status ?? 1
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? 'dev'
  preparePlayground()
  process.exit(run('npx', ['nuxt', command, 'playground', ...process.argv.slice(3)]))
}
