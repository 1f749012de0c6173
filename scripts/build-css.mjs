// Builds dist/style.css (prebuilt, for apps without Tailwind), copies the
// Tailwind entry with its partials next to the JavaScript it scans, and fails
// when a class of a default theme has no rule in style.css (a component would
// silently lose that style on the "Without Tailwind" path).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
mkdirSync(`${root}dist`, { recursive: true })
for (const file of ['tailwind.css', 'tokens.css', 'theme.css']) {
  copyFileSync(`${root}src/styles/${file}`, `${root}dist/${file}`)
}
execFileSync(
  `${root}node_modules/.bin/tailwindcss`,
  ['-i', `${root}src/styles/style.css`, '-o', `${root}dist/style.css`, '--minify'],
  { stdio: 'inherit', cwd: root },
)

const css = readFileSync(`${root}dist/style.css`, 'utf8')
const missing = [...(await themeClasses())].filter((name) => !hasRule(css, name))
if (missing.length) {
  console.error(`dist/style.css has no rule for these default theme classes:\n  ${missing.join('\n  ')}`)
  process.exit(1)
}

/** Every class named in the built default themes (dist/theme/*.js). */
async function themeClasses() {
  const classes = new Set()
  const collect = (value) => {
    if (typeof value === 'string') for (const name of value.split(/\s+/)) if (name) classes.add(name)
    else if (value && typeof value === 'object') Object.values(value).forEach(collect)
  }
  for (const file of readdirSync(`${root}dist/theme`)) {
    collect((await import(pathToFileURL(`${root}dist/theme/${file}`).href)).default)
  }
  return classes
}

/** Tailwind writes `.focus-visible\:outline-2`: every character outside [A-Za-z0-9_-] backslash-escaped. */
function hasRule(stylesheet, name) {
  const selector = `.${name.replace(/[^\w-]/g, (char) => `\\${char}`)}`
  let at = stylesheet.indexOf(selector)
  while (at !== -1) {
    if (!/[\w\\-]/.test(stylesheet[at + selector.length] ?? '')) return true
    at = stylesheet.indexOf(selector, at + 1)
  }
  return false
}
