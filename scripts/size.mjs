// `npm run size`: the bundle budget of every public component, measured the
// way an app pays for it: `import { X } from 'sh-ui'` bundled from dist/ by
// size-limit (rolldown, tree-shaken, minified), gzip level 9, vue excluded,
// the library's own dependencies included. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs'
import preset from '@size-limit/preset-small-lib'
import sizeLimit from 'size-limit'
import { parseAst } from 'vite'
import { root } from './build-entries.mjs'

const kB = 1000

/**
 * Budgets from the issues. A row whose components are not exported yet is
 * skipped with a notice and checked as soon as they are.
 */
const budgets = [
  { label: 'ShSegment', imports: ['ShSegment'], limit: 12 * kB },
  { label: 'ShCheckoutLinks', imports: ['ShCheckoutLinks'], limit: 12 * kB },
  { label: 'ShConfigProvider', imports: ['ShConfigProvider'], limit: 12 * kB },
  { label: 'ShFaq', imports: ['ShFaq'], limit: 16 * kB },
  { label: 'ShFaq + ShMarkdown', imports: ['ShFaq', 'ShMarkdown'], limit: 33 * kB },
  // Parts of the FAQ can never cost more than the whole they belong to.
  { label: 'ShFaqItem', imports: ['ShFaqItem'], limit: 16 * kB },
  { label: 'ShMarkdown', imports: ['ShMarkdown'], limit: 33 * kB },
  { label: 'ShDataTable', imports: ['ShDataTable'], limit: 40 * kB },
  { label: 'ShIprTable', imports: ['ShIprTable'], limit: 40 * kB },
  // What a paginated table loads: the virtualizer is a lazy import() that only "All" and long pages fetch.
  { label: 'ShIprTable at first render', imports: ['ShIprTable'], limit: 40 * kB, lazy: ['@tanstack/virtual-core'] },
]

const entry = `${root}dist/index.js`
if (!existsSync(entry)) {
  console.error('size: dist/index.js is missing; run `npm run build` first.')
  process.exit(1)
}

const exported = exportedNames(readFileSync(entry, 'utf8'))
// Every exported component is measured, budget or not, so a new one is never invisible.
const components = [...exported].filter((name) => /^Sh[A-Z]\w*$/.test(name) && name !== 'ShUi')
const rows = [
  ...budgets,
  ...components
    .filter((name) => !budgets.some((b) => b.imports.length === 1 && b.imports[0] === name))
    .map((name) => ({ label: name, imports: [name] })),
]

const measured = rows.filter((row) => row.imports.every((name) => exported.has(name)))
for (const row of rows) {
  if (!measured.includes(row)) console.log(`notice: ${row.label} skipped: ${row.imports.filter((n) => !exported.has(n)).join(', ')} not exported from sh-ui yet`)
}

const checks = measured.map((row) => ({
  name: row.label,
  files: [],
  import: { [entry]: `{ ${row.imports.join(', ')} }` },
  ignore: ['vue', ...(row.lazy ?? [])],
  gzip: true,
}))
const results = await sizeLimit([preset], { checks })

let failed = 0
const table = measured.map((row, index) => {
  const size = results[index].size
  const over = row.limit !== undefined && size > row.limit
  if (over) failed += 1
  const status = row.limit === undefined ? 'no budget: add one to scripts/size.mjs' : over ? 'OVER BUDGET' : 'ok'
  return [row.label, format(size), row.limit === undefined ? '-' : format(row.limit), status]
})
printTable(['import { … } from "sh-ui"', 'min+gzip', 'budget', ''], table)
console.log('(vue excluded; dependencies such as tailwind-merge included)')
if (failed) {
  console.error(`size: ${failed} budget(s) exceeded`)
  process.exit(1)
}

/** Names the built entry exports, from its syntax tree. */
function exportedNames(code) {
  const names = new Set()
  for (const node of parseAst(code).body) {
    if (node.type !== 'ExportNamedDeclaration') continue
    for (const specifier of node.specifiers) names.add(specifier.exported.name ?? specifier.exported.value)
    for (const declaration of node.declaration?.declarations ?? []) names.add(declaration.id.name)
  }
  return names
}

function format(bytes) {
  return `${(bytes / kB).toFixed(2)} kB`
}

function printTable(header, body) {
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i].length)))
  // Figures right-aligned, label and status left-aligned.
  const line = (r) => r.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd()
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${body.map(line).join('\n')}\n`)
}
