// What sh-ui/nuxt registers globally and bundles: the lists in src/nuxt/registry.ts, kept equal to the package's exports and dependencies.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import * as library from '../../src/index'
import { COMPONENT_ALIASES, COMPONENTS, COMPOSABLES, libraryComponents, RUNTIME_DEPENDENCIES } from '../../src/nuxt/registry'

const exports = library as Record<string, unknown>

/** A Vue component as the package exports it: an SFC object or a function component (the `ShUi` plugin is neither). */
function isComponent(value: unknown): boolean {
  if (typeof value === 'function') return 'setup' in value || 'render' in value
  return typeof value === 'object' && value !== null && ('setup' in value || 'render' in value || 'ssrRender' in value)
}

describe('given the package exports (src/index.ts)', () => {
  test('when the module lists components, then it names exactly the exported Sh* components, and not the ShUi plugin', () => {
    const exported = Object.keys(exports).filter((key) => /^Sh[A-Z]/.test(key) && isComponent(exports[key]))
    expect([...COMPONENTS].sort()).toEqual(exported.sort())
    expect(COMPONENTS).not.toContain('ShUi')
  })

  test('when the module bundles the runtime dependencies with the app, then it names exactly those of package.json', () => {
    const { dependencies } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect([...RUNTIME_DEPENDENCIES].sort()).toEqual(Object.keys(dependencies).sort())
  })

  test('when the module lists composables, then it names exactly the exported use* functions', () => {
    const exported = Object.keys(exports).filter((key) => /^use[A-Z]/.test(key) && typeof exports[key] === 'function')
    expect([...COMPOSABLES].sort()).toEqual(exported.sort())
  })
})

describe('given the component list', () => {
  test('when registered, then ShDynamicTable is ShDataTable under the name existing pages use', () => {
    const alias = libraryComponents(COMPONENTS, COMPONENT_ALIASES, 'Sh').find((entry) => entry.name === 'ShDynamicTable')
    expect(alias).toEqual({ name: 'ShDynamicTable', exportName: 'ShDataTable' })
  })

  test('when a prefix is set, then it replaces Sh in every name, aliases included', () => {
    const names = libraryComponents(COMPONENTS, COMPONENT_ALIASES, 'Oma').map((entry) => entry.name)
    expect(names).toContain('OmaFaq')
    expect(names).toContain('OmaDynamicTable')
    expect(names.some((name) => name.startsWith('Sh'))).toBe(false)
  })

  test('when an alias target is not in the list, then the alias is not registered', () => {
    const names = libraryComponents(['ShSegment'], COMPONENT_ALIASES, 'Sh').map((entry) => entry.name)
    expect(names).toEqual(['ShSegment'])
  })
})
