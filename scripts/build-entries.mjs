// The build's entry table, read from package.json so it cannot drift from
// what consumers import: every export whose target is `./dist/<name>.js` is
// built from `src/<name>.ts` (preserveModules keeps that layout) and gets one
// rolled-up `./dist/<name>.d.ts`. A new subpath such as `./nuxt` needs only
// its package.json export. vite.config.ts builds from this list too (types: build-entries.d.mts).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

export function readPackage() {
  return JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
}

/** The file an export points to: the string itself or its `default` condition. */
export function exportTarget(target) {
  return typeof target === 'string' ? target : target.default
}

/** @returns {{ subpath: string, name: string, source: string, js: string, types: string | undefined }[]} */
export function jsEntries(pkg = readPackage()) {
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const js = exportTarget(target)
    const name = /^\.\/dist\/(.+)\.js$/.exec(js ?? '')?.[1]
    if (!name) return []
    return [{ subpath, name, source: `src/${name}.ts`, js, types: typeof target === 'string' ? undefined : target.types }]
  })
}
