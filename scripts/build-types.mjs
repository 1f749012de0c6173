// One bundled .d.ts per JS export: vue-tsc emits per-file declarations
// (including the .vue components) into a temp folder, then API Extractor
// rolls each entry's graph into the path its package.json `types` names.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor'
import { jsEntries, root } from './build-entries.mjs'

// A fresh folder per run (inside the git-ignored .types/), so concurrent builds never mix declarations.
mkdirSync(`${root}.types`, { recursive: true })
const temp = mkdtempSync(`${root}.types/build-`)
writeFileSync(
  `${temp}/tsconfig.json`,
  JSON.stringify({
    extends: '../../tsconfig.json',
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: '../../src', outDir: '.' },
    include: ['../../src'],
  }),
)
const tsc = spawnSync(`${root}node_modules/.bin/vue-tsc`, ['-p', `${temp}/tsconfig.json`], { stdio: 'inherit', cwd: root })
if (tsc.status !== 0) {
  rmSync(temp, { recursive: true, force: true })
  console.error('build-types: vue-tsc reported the errors above; no declarations were rolled up.')
  process.exit(1)
}

const shared = ExtractorConfig.loadFile(`${root}api-extractor.json`)
const configs = jsEntries().map((entry) => {
  if (!entry.types) throw new Error(`package.json export "${entry.subpath}" has no "types" condition`)
  const main = `${temp}/${entry.name}.d.ts`
  const config = ExtractorConfig.prepare({
    configObject: {
      ...shared,
      mainEntryPointFilePath: main,
      dtsRollup: { enabled: true, untrimmedFilePath: `${root}${entry.types.slice(2)}` },
      // Only the emitted declarations: src/env.d.ts's `*.vue` shim would shadow the real component types.
      compiler: { overrideTsconfig: { compilerOptions: { strict: true, moduleResolution: 'bundler', module: 'esnext', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [], skipLibCheck: true }, files: [main] } },
    },
    configObjectFullPath: `${root}api-extractor.json`,
    packageJsonFullPath: `${root}package.json`,
  })
  return { entry, config }
})

// One TypeScript program for every entry: building it is most of API Extractor's time.
const compilerState = CompilerState.create(configs[0].config, {
  additionalEntryPoints: configs.map(({ config }) => config.mainEntryPointFilePath),
})
let failed = false
for (const { entry, config } of configs) {
  const result = Extractor.invoke(config, { localBuild: true, compilerState })
  if (!result.succeeded || result.warningCount > 0) {
    console.error(`api-extractor: ${entry.subpath}: ${result.errorCount} errors, ${result.warningCount} warnings`)
    failed = true
  } else console.log(`types: ${entry.types} (${entry.subpath})`)
}
rmSync(temp, { recursive: true, force: true })
if (failed) process.exit(1)
