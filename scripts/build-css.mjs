// Builds dist/style.css (prebuilt, for apps without Tailwind) and copies the
// Tailwind entry with its partials next to the JavaScript it scans.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

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
