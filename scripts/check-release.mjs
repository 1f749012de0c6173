// What a release publishes and what the npm page shows, checked before any
// release does it (run after `npm run build`):
// - `npm publish --dry-run` succeeds and its file list is exactly package.json,
//   README.md, LICENSE and everything the build wrote to dist/ (no stray files,
//   nothing left out), with every export target among them;
// - the npm page's metadata is there, CI tests the lowest Node in "engines", and README links and images are absolute
//   (npm renders the README away from the repository, where relative ones break);
// - CHANGELOG.md's first entry is the package's version, and `changeset version`
//   (the release workflow's version step) turns a pending changeset into a new
//   first entry and bump, in a scratch copy.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { exportTarget, readPackage, root } from './build-entries.mjs'

const pkg = readPackage()
const problems = []
const problem = (message) => problems.push(message)

checkPublish()
checkNpmPage()
checkChangelog()

if (problems.length) {
  console.error(`\ncheck-release: ${problems.length} problem(s):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`)
  process.exit(1)
}
console.log('check-release: ok')

function checkPublish() {
  const output = execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const report = JSON.parse(output)[pkg.name]
  const shipped = report.files.map((file) => file.path).sort()
  const expected = ['LICENSE', 'README.md', 'package.json', ...readdirSync(join(root, 'dist'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))].sort()
  // dist/ holds modules, their rolled-up types, stylesheets and meta.json; anything else (source maps, editor files) is stray.
  for (const file of shipped) if (file.startsWith('dist/') && !/(\.js|\.d\.ts|\.css|^dist\/meta\.json)$/.test(file)) problem(`npm publish would ship the stray file ${file}`)
  for (const file of shipped) if (!expected.includes(file)) problem(`npm publish would ship ${file}, which is neither built into dist/ nor README, LICENSE or package.json`)
  for (const file of expected) if (!shipped.includes(file)) problem(`npm publish would leave out ${file}`)
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const path = exportTarget(target)?.replace(/^\.\//, '')
    if (path && !shipped.includes(path)) problem(`export "${subpath}" (${path}) is not in the published files`)
  }
  const groups = new Map()
  for (const file of shipped) {
    const parts = file.split('/')
    const group = parts.length > 2 ? `${parts.slice(0, 2).join('/')}/` : file
    groups.set(group, (groups.get(group) ?? 0) + 1)
  }
  console.log(`npm publish --dry-run: ${report.id}, ${shipped.length} files, ${(report.size / 1024).toFixed(1)} kB packed, ${(report.unpackedSize / 1024).toFixed(1)} kB unpacked`)
  for (const [group, count] of groups) console.log(`  ${group}${count > 1 ? ` (${count} files)` : ''}`)
}

function checkNpmPage() {
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  if (!/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/.test(repository ?? '')) problem(`package.json "repository" should be git+https://github.com/<owner>/<repo>.git, got ${repository}`)
  if (!/^https:\/\//.test(pkg.homepage ?? '')) problem('package.json lacks an https "homepage" (the Storybook site)')
  if (!/^https:\/\/.+\/issues$/.test(pkg.bugs?.url ?? pkg.bugs ?? '')) problem('package.json "bugs" should point to the issue tracker')
  if (!pkg.author) problem('package.json lacks "author"')
  if (!Array.isArray(pkg.keywords) || pkg.keywords.length < 3) problem('package.json needs "keywords" for npm search')
  // The README's Compatibility section promises the engines minimum; CI must keep testing it.
  const minimum = Number(/^>=\s*(\d+)/.exec(pkg.engines?.node ?? '')?.[1])
  const matrix = parse(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).jobs?.test?.strategy?.matrix?.node ?? []
  if (!matrix.includes(minimum)) problem(`engines.node is ${pkg.engines?.node}, but ci.yml's Node matrix (${matrix.join(', ')}) does not test ${minimum}`)
  // Code blocks and inline code show link syntax as text (`[x](/y){ target="_blank"}`); only real links count.
  const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
  const targets = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g), ...readme.matchAll(/<(?:img|a)\s[^>]*(?:src|href)="([^"]+)"/g)].map((match) => match[1])
  for (const target of targets) {
    if (!/^(https:\/\/|#|mailto:)/.test(target)) problem(`README links to "${target}", which breaks on the npm page; make it an absolute https URL`)
  }
}

function checkChangelog() {
  const firstEntry = /^## (\S+)/m.exec(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'))?.[1]
  if (firstEntry !== pkg.version) problem(`CHANGELOG.md's first entry is ${firstEntry}, but package.json says ${pkg.version}`)
  const scratch = mkdtempSync(join(tmpdir(), 'sh-ui-changeset-'))
  try {
    mkdirSync(join(scratch, '.changeset'))
    for (const file of ['package.json', 'CHANGELOG.md', '.changeset/config.json']) cpSync(join(root, file), join(scratch, file))
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir')
    writeFileSync(join(scratch, '.changeset/check-release.md'), `---\n"${pkg.name}": patch\n---\n\nA pending fix.\n`)
    execFileSync(join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: scratch, stdio: ['ignore', 'ignore', 'inherit'] })
    const bumped = JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8')).version
    const entry = /^## (\S+)\n+### Patch Changes\n+- (.+)/m.exec(readFileSync(join(scratch, 'CHANGELOG.md'), 'utf8'))
    if (bumped === pkg.version || entry?.[1] !== bumped || entry?.[2] !== 'A pending fix.') {
      problem(`changeset version did not turn a pending patch into version and first changelog entry (got ${bumped}, ${entry?.[0]})`)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
