// Builds, with the one shared Vite config: the pages (client), the SSR bundle and one library-mode
// bundle per page part for the size table (vue external, minified, gzip -9).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, mergeConfig } from 'vite'
import { baseConfig, shUiDist } from '../vite.config.mjs'

export const benchDir = new URL('..', import.meta.url).pathname
const repoDir = join(benchDir, '..')
const out = (...p) => join(benchDir, 'dist', ...p)

/** `npm run build` at the repo root: sh-ui is measured from its real build. Retried once: others rebuild too. */
export function buildShUi() {
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync('npm', ['run', 'build'], { cwd: repoDir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
    if (run.status === 0) return
    if (attempt === 2) throw new Error(`sh-ui build failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`)
  }
}

/**
 * A private copy of a sh-ui build (../dist, or a baseline's), beside the package.json of the checkout it was built in,
 * whose `sideEffects` lets bundlers tree-shake it, and that checkout's node_modules, so its dependencies resolve as
 * that build declared them (an earlier commit may need one that today's package no longer has).
 */
export function snapshotShUi(from = join(repoDir, 'dist'), to = shUiDist) {
  const root = join(to, '..')
  const checkout = join(from, '..')
  rmSync(root, { recursive: true, force: true })
  if (!existsSync(join(from, 'index.js'))) return
  cpSync(from, to, { recursive: true })
  cpSync(join(existsSync(join(checkout, 'package.json')) ? checkout : repoDir, 'package.json'), join(root, 'package.json'))
  if (existsSync(join(checkout, 'node_modules'))) symlinkSync(join(checkout, 'node_modules'), join(root, 'node_modules'), 'dir')
}

/** Names exported by the built sh-ui, so its pages are only built once their components exist. */
export function shUiExports() {
  const index = join(shUiDist, 'index.js')
  if (!existsSync(index)) return new Set()
  const text = readFileSync(index, 'utf8')
  const names = new Set()
  for (const block of text.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const spec of block[1].split(',')) {
      const name = spec.trim().split(/\s+as\s+/).pop()
      if (name) names.add(name)
    }
  }
  return names
}

function writePages(parts) {
  const dir = join(benchDir, 'pages')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const inputs = {}
  for (const { id, kind } of parts) {
    const entry = join(benchDir, '.cache', `${id}.entry.ts`)
    mkdirSync(join(benchDir, '.cache'), { recursive: true })
    writeFileSync(entry, `import { boot } from '../src/harness'\nimport * as part from '../src/parts/${id}'\nboot('${kind}', part)\n`)
    const html = join(dir, `${id}.html`)
    // Every page sets a sans-serif font, as real sites do (and as Tailwind's preflight, Vuetify and sh-ui's own
    // `--sh-font` do for their pages). Without it the floor page, and sh-ui builds from before `--sh-font`, draw
    // their tables in the browser's Times, which is narrower: a 9-column table that fits at 1280 px in Times
    // overflows in a sans-serif font and wraps into taller rows, so the comparison would measure the font.
    writeFileSync(
      html,
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${id}</title><link rel="icon" href="data:,"><style>body { font-family: ui-sans-serif, system-ui, sans-serif }</style></head>\n` +
        `<body><div id="app"></div><script type="module" src="../.cache/${id}.entry.ts"></script></body>\n</html>\n`,
    )
    inputs[id] = html
  }
  return inputs
}

/** The pages of `parts`, into dist/<dir>, with `import 'sh-ui'` resolving to `shUi`. */
export async function buildClient(parts, { dir = 'client', shUi } = {}) {
  const input = writePages(parts)
  await build(
    mergeConfig(baseConfig(shUi), {
      base: './',
      build: { outDir: out(dir), emptyOutDir: true, rolldownOptions: { input }, reportCompressedSize: false, chunkSizeWarningLimit: 10000 },
    }),
  )
}

export async function buildSsr(parts) {
  const entry = join(benchDir, '.cache', 'ssr-entry.ts')
  const imports = parts.map((p, i) => `import * as p${i} from '../src/parts/${p.id}'`).join('\n')
  const map = parts.map((p, i) => `  '${p.id}': p${i},`).join('\n')
  writeFileSync(entry, `${imports}\nexport { render } from '../src/ssr'\nexport { declarations, faqItems } from '../src/data'\nexport const parts = {\n${map}\n}\n`)
  await build(
    mergeConfig(baseConfig(), {
      ssr: { noExternal: true },
      build: { ssr: entry, outDir: out('ssr'), emptyOutDir: true, minify: false, rolldownOptions: { output: { entryFileNames: 'ssr.mjs' } } },
    }),
  )
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length

/** Min+gzip bytes of the JS and CSS one part ships (lazy chunks included), vue excluded. */
export async function buildSize(part) {
  const dir = out('size', part.id)
  const output = await build(
    mergeConfig(baseConfig(), {
      build: {
        outDir: dir,
        emptyOutDir: true,
        minify: true,
        cssMinify: true,
        cssCodeSplit: false,
        reportCompressedSize: false,
        // An app build, not library mode: library mode keeps whitespace and process.env.NODE_ENV
        // checks in ES output, which would count dev-only code.
        rolldownOptions: {
          input: { index: join(benchDir, 'src', 'parts', `${part.id}.ts`) },
          preserveEntrySignatures: 'strict',
          external: (id) => id === 'vue' || id.startsWith('@vue/'),
        },
      },
    }),
  )
  let js = 0
  let jsGz = 0
  let css = 0
  let cssGz = 0
  for (const file of filesUnder(dir)) {
    const buf = readFileSync(file)
    if (file.endsWith('.js') || file.endsWith('.mjs')) {
      js += buf.length
      jsGz += gz(buf)
    } else if (file.endsWith('.css')) {
      css += buf.length
      cssGz += gz(buf)
    }
  }
  return { js, jsGz, css, cssGz, initialJsGz: initialJs(output) }
}

/** Min+gzip bytes of the JS a page loads to render: the entry chunk and its static imports, not its lazy chunks. */
function initialJs(output) {
  const chunks = [output].flat().flatMap((o) => o.output).filter((item) => item.type === 'chunk')
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const seen = new Set()
  const visit = (chunk) => {
    if (seen.has(chunk)) return
    seen.add(chunk)
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name))
  }
  chunks.filter((chunk) => chunk.isEntry).forEach(visit)
  return [...seen].reduce((sum, chunk) => sum + gz(Buffer.from(chunk.code)), 0)
}
