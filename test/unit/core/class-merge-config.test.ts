// @vitest-environment node
import { readFileSync } from 'node:fs'
import { __unstable__loadDesignSystem } from '@tailwindcss/node'
import { createTailwindMerge, extendTailwindMerge, getDefaultConfig } from 'tailwind-merge'
import { beforeAll, describe, expect, it } from 'vitest'
import { generate, SH_TOKENS, target } from '../../../scripts/build-class-merge.mjs'
import { classMergeConfig } from '../../../src/core/class-merge-config'
import checkoutLinks from '../../../src/theme/checkout-links'
import dataTable from '../../../src/theme/data-table'
import faq from '../../../src/theme/faq'
import segment from '../../../src/theme/segment'

/*
 * sh-ui merges `ui` classes with a cut-down tailwind-merge config (scripts/build-class-merge.mjs).
 * The promise it keeps: whatever Tailwind utility a writer adds, it removes exactly the sh-ui
 * defaults that tailwind-merge's full config would remove.
 */

const root = new URL('../../../', import.meta.url)
const full = extendTailwindMerge(SH_TOKENS)
const cut = createTailwindMerge(() => classMergeConfig)

/** Every default class of every theme, without its variants (`hover:`, `[&_a]:`): what a writer's class meets. */
function defaultClasses(): string[] {
  const found = new Set<string>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const name of value.split(/\s+/).filter(Boolean)) found.add(name.split(/:(?![^[]*\])/).pop()!)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  ;[faq, segment, checkoutLinks, dataTable].forEach(walk)
  return [...found]
}

/** The defaults in groups that keep each other under the full config, so one merge tests a writer's class against many. */
function nonConflictingBatches(classes: string[]): string[][] {
  const batches: string[][] = []
  for (const name of classes) {
    const batch = batches.find((b) => full([...b, name].join(' ')).split(' ').length === b.length + 1)
    if (batch) batch.push(name)
    else batches.push([name])
  }
  return batches
}

/** For a failure message: the default-config groups that would classify `names`, so the script can keep them. */
function groupsOf(names: string[]): string[] {
  const defaults = getDefaultConfig()
  const only = (group?: string) => createTailwindMerge(() => ({
    ...defaults,
    classGroups: group ? { [group]: defaults.classGroups[group as keyof typeof defaults.classGroups] } : {},
    conflictingClassGroups: {},
    conflictingClassGroupModifiers: {},
    postfixLookupClassGroups: [],
  }))
  const none = only()
  const groups = new Set<string>()
  for (const group of Object.keys(defaults.classGroups)) {
    const merge = only(group)
    for (const name of names) if (none(`${name} ${name}`) !== name && merge(`${name} ${name}`) === name) groups.add(group)
  }
  return [...groups]
}

describe('the class merge config', () => {
  let utilities: string[]

  beforeAll(async () => {
    const css = '@import "tailwindcss"; @import "./src/styles/theme.css";'
    const design = await __unstable__loadDesignSystem(css, { base: root.pathname })
    utilities = design.getClassList().map(([name]) => name)
  })

  it('given the generator, when it runs again, then it writes the committed file (run `npm run build:class-merge` after updating tailwind-merge)', () => {
    expect(readFileSync(target, 'utf8')).toBe(generate())
  })

  it('given any Tailwind utility after sh-ui\'s defaults, when merged, then it removes exactly what the full tailwind-merge config removes', () => {
    expect(utilities.length).toBeGreaterThan(20_000)
    const batches = nonConflictingBatches(defaultClasses())
    const differing: string[] = []
    for (const batch of batches) {
      const defaults = batch.join(' ')
      for (const utility of utilities) {
        if (cut(`${defaults} ${utility}`) !== full(`${defaults} ${utility}`)) differing.push(utility)
      }
    }
    expect(differing, `keep these class groups in scripts/build-class-merge.mjs: ${groupsOf(differing).filter((group) => !(group in classMergeConfig.classGroups)).join(' ')}`).toEqual([])
  }, 60_000) // ~200,000 merges: seconds, not the default 5
})
