// @vitest-environment node
import { readFileSync } from 'node:fs'
import { __unstable__loadDesignSystem } from '@tailwindcss/node'
import { getDefaultConfig, mergeConfigs } from 'tailwind-merge'
// tailwind-merge's tooling entry, made for checking a pruned config: which class group each lookup finds.
import { createClassGroupLookup } from 'tailwind-merge/unstable-do-not-import'
import { beforeAll, describe, expect, it } from 'vitest'
import { generate, SH_TOKENS, target } from '../../../scripts/build-class-merge.mjs'
import { classMergeConfig } from '../../../src/core/class-merge-config'
import checkoutLinks from '../../../src/theme/checkout-links'
import dataTable from '../../../src/theme/data-table'
import faq from '../../../src/theme/faq'
import segment from '../../../src/theme/segment'

/*
 * sh-ui merges `ui` classes with a cut-down tailwind-merge config (scripts/build-class-merge.mjs). The promise:
 * every class merges with sh-ui's defaults, and with any class of a kept kind, exactly as under the full config;
 * two classes of dropped kinds both stay. It holds when (1) no class is read as another kind than the full
 * config reads it, (2) the kept kinds are closed under conflicts, and (3) every default is of a kept kind.
 */

const full = mergeConfigs(getDefaultConfig(), SH_TOKENS)
const lookUp = { full: createClassGroupLookup(full), cut: createClassGroupLookup(classMergeConfig) }
const kept = new Set(Object.keys(classMergeConfig.classGroups))

/** Every default class of every theme, without its variants (`hover:`, `[&_a]:`). */
function defaultClasses(): string[] {
  const found = new Set<string>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const name of value.split(/\s+/).filter(Boolean)) found.add(name.split(/:(?![^[]*\])/).pop()!)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  ;[faq, segment, checkoutLinks, dataTable].forEach(walk)
  return [...found]
}

/** The group each lookup the engine makes for `name` finds under `config`. */
function groupsOf(config: 'full' | 'cut', name: string): Map<string, string> {
  return new Map(lookUp[config](name).map((found) => [found.className, found.classGroupId]))
}

describe('the class merge config', () => {
  let utilities: string[]

  beforeAll(async () => {
    const css = '@import "tailwindcss"; @import "./src/styles/theme.css";'
    const design = await __unstable__loadDesignSystem(css, { base: new URL('../../../', import.meta.url).pathname })
    // Every utility, and every form with a modifier (`text-lg/7`, `bg-sh-accent/50`).
    utilities = design.getClassList().flatMap(([name, { modifiers }]) => [name, ...modifiers.map((modifier: string) => `${name}/${modifier}`)])
  })

  it('given the generator, when it runs again, then it writes the committed file (run `npm run build:class-merge` after updating tailwind-merge)', () => {
    expect(readFileSync(target, 'utf8')).toBe(generate())
  })

  it('given every Tailwind utility, when the cut config looks it up, then it finds the full config\'s kind or none', () => {
    expect(utilities.length).toBeGreaterThan(300_000)
    const misread = new Map<string, string>()
    for (const utility of utilities) {
      const truth = groupsOf('full', utility)
      for (const [name, group] of groupsOf('cut', utility)) {
        if (truth.get(name) !== group) misread.set(name, truth.get(name) ?? 'none')
      }
    }
    const missing = [...new Set(misread.values())].filter((group) => group !== 'none')
    expect([...misread.keys()], `keep these class groups in scripts/build-class-merge.mjs: ${missing.join(' ')}`).toEqual([])
  }, 60_000) // ~350,000 lookups on each side: seconds, not the default 5

  it('given the kept kinds, when any kind conflicts with one of them, then it is kept too', () => {
    const pairs = [full.conflictingClassGroups, full.conflictingClassGroupModifiers].flatMap((record) =>
      Object.entries(record).flatMap(([group, others]) => (others ?? []).map((other) => [group, other] as const)))
    expect(pairs.filter(([group, other]) => kept.has(group) !== kept.has(other))).toEqual([])
  })

  it('given sh-ui\'s default classes, when looked up, then each is of a kept kind, so a writer\'s class of that kind replaces it', () => {
    const unmerged = defaultClasses().filter((name) => {
      const group = groupsOf('full', name).get(name)
      // Arbitrary properties (`[overflow-wrap:anywhere]`) are grouped by the engine itself, not by the config.
      return group !== undefined && group in full.classGroups && !kept.has(group)
    })
    expect(unmerged).toEqual([])
  })
})
