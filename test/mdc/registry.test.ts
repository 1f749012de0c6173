// What sh-ui/nuxt registers globally, read from the package's own exports.
import { describe, expect, test } from 'vitest'
import * as library from '../../src/index'
import { COMPONENT_ALIASES, libraryComponents, libraryComposables } from '../../src/nuxt/registry'

const exports = library as Record<string, unknown>

describe('given the package exports', () => {
  test('when the module lists components, then every exported Sh* component is there and the ShUi plugin is not', () => {
    const names = libraryComponents(exports, COMPONENT_ALIASES, 'Sh').map((entry) => entry.name)
    for (const name of ['ShSegment', 'ShCheckoutLinks', 'ShConfigProvider', 'ShFaq', 'ShFaqItem', 'ShDataTable', 'ShIprTable']) expect(names).toContain(name)
    expect(names).not.toContain('ShUi')
  })

  test('when the module lists components, then ShDynamicTable is ShDataTable under the name existing pages use', () => {
    const alias = libraryComponents(exports, COMPONENT_ALIASES, 'Sh').find((entry) => entry.name === 'ShDynamicTable')
    expect(alias).toEqual({ name: 'ShDynamicTable', exportName: 'ShDataTable' })
  })

  test('when a prefix is set, then it replaces Sh in every name, aliases included', () => {
    const names = libraryComponents(exports, COMPONENT_ALIASES, 'Oma').map((entry) => entry.name)
    expect(names).toContain('OmaFaq')
    expect(names).toContain('OmaDynamicTable')
    expect(names.some((name) => name.startsWith('Sh'))).toBe(false)
  })

  test('when an alias target is not exported, then the alias is not registered', () => {
    const names = libraryComponents({ ShSegment: { setup() {} } }, COMPONENT_ALIASES, 'Sh').map((entry) => entry.name)
    expect(names).toEqual(['ShSegment'])
  })

  test('when the module lists composables, then the public use* functions are auto-imported', () => {
    const composables = libraryComposables(exports)
    expect(composables).toContain('useUi')
    expect(composables).toContain('useShUiContext')
    expect(composables.every((name) => /^use[A-Z]/.test(name))).toBe(true)
  })
})
