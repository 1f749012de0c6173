// Checks the package a consumer would install, from the tarball `npm pack`
// makes of the current dist/: what it ships, that it stays ESM-only with its
// dependencies external, then publint and attw (esm-only profile) on it.
// Run after `npm run build`. Exits non-zero listing every problem found.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAst } from 'vite'
import { exportTarget, jsEntries, readPackage, root } from './build-entries.mjs'

const pkg = readPackage()
const problems = []
const problem = (message) => problems.push(message)
/** Syntax nodes whose `source` names a module. */
const IMPORTING = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression', 'TSImportType'])

for (const entry of jsEntries(pkg)) {
  if (!existsSync(join(root, entry.js))) {
    console.error(`check-package: ${entry.js} is missing; run \`npm run build\` first.`)
    process.exit(1)
  }
}

const temp = mkdtempSync(join(tmpdir(), 'sh-ui-pack-'))
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', temp], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }))
  const tarball = join(temp, packed.filename)
  const files = packed.files.map((file) => file.path)
  checkContents(files)
  checkModuleFormat()
  checkExternals()
  checkStylesheets(files)
  run('publint', ['run', tarball, '--strict'])
  // attw only understands code entry points; CSS subpaths are covered by publint and the consumer test.
  const nonCode = Object.keys(pkg.exports).filter((subpath) => !/\.(js|json)$/.test(exportTarget(pkg.exports[subpath]) ?? ''))
  run('attw', [tarball, '--profile', 'esm-only', '--no-emoji', '--no-color', ...(nonCode.length ? ['--exclude-entrypoints', ...nonCode] : [])])
  console.log(`\n${tarball.split('/').pop()}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`)
} finally {
  rmSync(temp, { recursive: true, force: true })
}

if (problems.length) {
  console.error(`\ncheck-package: ${problems.length} problem(s):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`)
  process.exit(1)
}
console.log('check-package: ok')

/** Only dist, README, LICENSE and package.json ship, and every export target is among them. */
function checkContents(files) {
  for (const file of files) {
    const allowed = file.startsWith('dist/') || ['README.md', 'LICENSE', 'package.json'].includes(file)
    if (!allowed) problem(`the tarball ships ${file}; only dist/, README.md, LICENSE and package.json belong in it`)
    if (file.includes('node_modules/')) problem(`${file}: a dependency was bundled into dist instead of staying external`)
  }
  for (const required of ['README.md', 'LICENSE', 'package.json']) {
    if (!files.includes(required)) problem(`the tarball lacks ${required}`)
  }
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
      if (!files.includes(path.replace(/^\.\//, ''))) problem(`export "${subpath}" points to ${path}, which the tarball lacks`)
    }
  }
}

function checkModuleFormat() {
  if (pkg.type !== 'module') problem('package.json must say "type": "module" (ESM only)')
  if (pkg.main) problem('package.json "main" suggests a CommonJS entry; this package is ESM only')
  const conditions = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [] : Object.keys(target)))
  if (conditions.includes('require')) problem('a "require" export condition exists; this package is ESM only')
  for (const entry of jsEntries(pkg)) {
    if (!entry.types) problem(`export "${entry.subpath}" has no "types" condition`)
  }
  const sideEffects = pkg.sideEffects
  if (!Array.isArray(sideEffects) || sideEffects.length === 0 || sideEffects.some((pattern) => !pattern.endsWith('.css'))) {
    problem(`"sideEffects" must list only CSS files so bundlers drop unused components; got ${JSON.stringify(sideEffects)}`)
  }
  if (pkg.dependencies?.vue || pkg.devDependencies?.vue === undefined || !pkg.peerDependencies?.vue) {
    problem('vue must be a peer dependency (and a dev dependency), never a dependency')
  }
  // sh-ui/nuxt transpiles sh-ui, so `nuxt dev` serves its dependencies to the browser without pre-bundling them:
  // a CommonJS-only one fails to import there, and every page with an sh-ui block fails to hydrate.
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    const dependency = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'))
    if (dependency.type !== 'module' && !JSON.stringify(dependency.exports ?? {}).includes('"import"')) {
      problem(`dependency ${name} has no ES module entry; nuxt dev cannot import it in the browser`)
    }
  }
  // npm installs required peers: a Vue-only app must not get Nuxt because of `sh-ui/nuxt`.
  for (const peer of Object.keys(pkg.peerDependencies ?? {})) {
    if (peer !== 'vue' && !pkg.peerDependenciesMeta?.[peer]?.optional) problem(`peer dependency ${peer} must be marked optional in "peerDependenciesMeta"`)
  }
}

/** Every bare import in dist/ is a declared dependency or peer: nothing was inlined, nothing undeclared is needed. */
function checkExternals() {
  const declared = new Set(['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(pkg[field] ?? {})))
  let importsVue = false
  for (const file of readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' })) {
    const types = file.endsWith('.d.ts')
    if (!types && !file.endsWith('.js')) continue
    for (const specifier of importedModules(readFileSync(join(root, 'dist', file), 'utf8'), types)) {
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]
      if (name === 'vue' && !types) importsVue = true
      if (declared.has(name)) continue
      const message = `dist/${file} imports "${specifier}", which package.json does not declare as a dependency or peer`
      // An undeclared type-only import still works where the package manager hoists it, so it warns instead of failing.
      if (types) console.warn(`warning: ${message} (types resolve only where it happens to be hoisted)`)
      else problem(message)
    }
  }
  if (!importsVue) problem('no file in dist/ imports "vue": it was bundled instead of staying an external peer')
}

/** Module specifiers a file really imports, from its syntax tree (an `import` inside a template string is only text). */
function importedModules(code, types) {
  const found = []
  const visit = (node) => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach(visit)
    if (IMPORTING.has(node.type) && typeof node.source?.value === 'string') found.push(node.source.value)
    for (const key in node) if (key !== 'parent') visit(node[key])
  }
  visit(parseAst(code, types ? { lang: 'dts' } : {}))
  return found
}

/**
 * Every shipped stylesheet is an export or imported by one. A stray one (say
 * Vite's `dist/sh-ui.css` from a component's `<style>` block) would reach no app.
 */
function checkStylesheets(files) {
  const reached = new Set()
  const visit = (file) => {
    if (reached.has(file) || !existsSync(join(root, file))) return
    reached.add(file)
    for (const [, imported] of readFileSync(join(root, file), 'utf8').matchAll(/@import\s+['"](\.[^'"]+)['"]/g)) {
      visit(join(file, '..', imported))
    }
  }
  for (const target of Object.values(pkg.exports).map(exportTarget)) {
    if (target?.endsWith('.css')) visit(target.replace(/^\.\//, ''))
  }
  for (const file of files) {
    if (file.endsWith('.css') && !reached.has(file)) problem(`${file} ships but no exported stylesheet imports it; styles belong in theme classes, not <style> blocks`)
  }
}

function run(bin, args) {
  console.log(`\n$ ${bin} ${args.join(' ').replace(temp, '<tmp>')}`)
  const result = spawnSync(join(root, 'node_modules/.bin', bin), args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) problem(`${bin} failed (exit ${result.status})`)
}
