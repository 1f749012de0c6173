import { describe, expect, it } from 'vitest'
import { normalizeUi, resolveUi, type UiOverride } from '../../../src/core/ui'
import { captureWarnings } from '../../support/warnings'

/** A theme with a nested group, like the FAQ's `header.title`. */
const theme = {
  wrapper: 'p-2 border text-sh-fg',
  inner: 'mx-auto max-w-prose',
  header: { title: 'text-xl font-bold', actions: 'flex gap-2' },
}
type Theme = typeof theme

const warned = captureWarnings()

const warnings = warned.all

describe('resolveUi: merging layers', () => {
  it('given no layers, when resolved, then the theme defaults come back unchanged', () => {
    expect(resolveUi(theme, [])).toEqual(theme)
  })

  it('given a default p-2, when a layer sets p-4, then p-4 replaces it and other classes stay', () => {
    const ui = resolveUi(theme, [{ wrapper: 'p-4' }])
    expect(ui.wrapper).toBe('border text-sh-fg p-4')
    expect(ui.header.title).toBe('text-xl font-bold')
  })

  it('given four layers each changing padding, when resolved, then the last layer wins and non-conflicting classes accumulate', () => {
    // Stands for plugin < outer provider < inner provider < prop.
    const layers: UiOverride<Theme>[] = [
      { wrapper: 'p-3 shadow' },
      { wrapper: 'p-4 rounded' },
      { wrapper: 'p-5' },
      { wrapper: 'p-6 shadow-lg' },
    ]
    const classes = resolveUi(theme, layers).wrapper.split(' ')
    expect(classes).toContain('p-6')
    expect(classes).not.toContain('p-2')
    expect(classes).not.toContain('p-3')
    expect(classes).not.toContain('p-5')
    expect(classes).toContain('rounded')
    expect(classes).toContain('border')
    expect(classes).toContain('shadow-lg')
    expect(classes).not.toContain('shadow')
  })

  it('given a nested key override, when resolved, then only that nested leaf changes and its siblings keep their defaults', () => {
    const ui = resolveUi(theme, [{ header: { title: 'text-2xl' } }])
    expect(ui.header.title).toBe('font-bold text-2xl')
    expect(ui.header.actions).toBe('flex gap-2')
    expect(ui.wrapper).toBe(theme.wrapper)
  })

  it('given two layers touching different nested keys, when resolved, then both apply per key', () => {
    const ui = resolveUi(theme, [{ header: { title: 'text-2xl' } }, { header: { actions: 'gap-4' } }])
    expect(ui.header).toEqual({ title: 'font-bold text-2xl', actions: 'flex gap-4' })
  })

  it('given a layer, when resolved, then the theme object itself is not mutated', () => {
    const before = structuredClone(theme)
    resolveUi(theme, [{ wrapper: 'p-8', header: { title: 'text-3xl' } }])
    expect(theme).toEqual(before)
  })

  it('given undefined layers in the list, when resolved, then they are skipped', () => {
    expect(resolveUi(theme, [undefined, { inner: 'max-w-none' }, undefined]).inner).toBe('mx-auto max-w-none')
  })
})

describe("resolveUi: strategy 'override'", () => {
  it('given override, when a leaf is named, then it replaces the default entirely instead of merging', () => {
    const ui = resolveUi(theme, [{ strategy: 'override', wrapper: 'p-4' }])
    expect(ui.wrapper).toBe('p-4')
  })

  it('given override, when a leaf is not named, then it keeps its default', () => {
    const ui = resolveUi(theme, [{ strategy: 'override', wrapper: 'p-4' }])
    expect(ui.inner).toBe(theme.inner)
    expect(ui.header).toEqual(theme.header)
  })

  it('given override on a nested leaf, when resolved, then that leaf is replaced and its sibling is kept', () => {
    const ui = resolveUi(theme, [{ strategy: 'override', header: { title: 'uppercase' } }])
    expect(ui.header).toEqual({ title: 'uppercase', actions: 'flex gap-2' })
  })

  it.each([0, 1, 2])('given override at layer %i of three, when later layers merge, then they merge onto the replaced value', (at) => {
    const layers: UiOverride<Theme>[] = [{ wrapper: 'shadow' }, { wrapper: 'rounded' }, { wrapper: 'italic' }]
    layers[at] = { strategy: 'override', wrapper: 'p-9' }
    const classes = resolveUi(theme, layers).wrapper.split(' ')
    expect(classes).toContain('p-9')
    // Everything before the override layer, the defaults included, is gone.
    expect(classes).not.toContain('border')
    for (const [index, layer] of layers.entries()) {
      const cls = layer.wrapper!.split(' ')[0]!
      if (index > at) expect(classes).toContain(cls)
      if (index < at) expect(classes).not.toContain(cls)
    }
  })

  it('given an override layer followed by a merging layer with a conflict, when resolved, then tailwind-merge still resolves the conflict', () => {
    const ui = resolveUi(theme, [{ strategy: 'override', wrapper: 'p-1 border' }, { wrapper: 'p-4' }])
    expect(ui.wrapper).toBe('border p-4')
  })
})

describe('resolveUi: unstyled', () => {
  it('given unstyled, when no layer is given, then every leaf, nested ones included, is empty', () => {
    expect(resolveUi(theme, [], true)).toEqual({ wrapper: '', inner: '', header: { title: '', actions: '' } })
  })

  it('given unstyled, when layers add classes, then only the layer classes remain', () => {
    const ui = resolveUi(theme, [{ wrapper: 'p-4' }, { header: { title: 'text-2xl' } }], true)
    expect(ui.wrapper).toBe('p-4')
    expect(ui.header.title).toBe('text-2xl')
    expect(ui.inner).toBe('')
  })
})

describe('normalizeUi: accepted input', () => {
  it('given nothing, when normalized, then there is no override and no warning', () => {
    for (const input of [undefined, null, '']) expect(normalizeUi(input, theme, 'ShTest')).toBeUndefined()
    expect(warned.spy).not.toHaveBeenCalled()
  })

  it('given a valid object, when normalized, then it is returned as an override without warnings', () => {
    const input = { wrapper: 'p-4', header: { title: 'text-2xl' }, strategy: 'override' }
    expect(normalizeUi(input, theme, 'ShTest')).toEqual(input)
    expect(warned.spy).not.toHaveBeenCalled()
  })

  it('given a JSON string as MDC passes it, when normalized, then it is parsed into the same override', () => {
    const ui = normalizeUi('{"wrapper":"p-4","header":{"title":"text-2xl"}}', theme, 'ShTest')
    expect(ui).toEqual({ wrapper: 'p-4', header: { title: 'text-2xl' } })
    expect(resolveUi(theme, [ui]).header.title).toBe('font-bold text-2xl')
    expect(warned.spy).not.toHaveBeenCalled()
  })

  it("given a JSON string with strategy 'override', when resolved, then the defaults are replaced", () => {
    const ui = normalizeUi('{"strategy":"override","wrapper":"p-4"}', theme, 'ShTest')
    expect(resolveUi(theme, [ui]).wrapper).toBe('p-4')
  })
})

describe('normalizeUi: invalid input warns once and falls back to defaults', () => {
  it('given invalid JSON, when normalized, then one warning names the component and the prop, and defaults are used', () => {
    const ui = normalizeUi('{"wrapper": "p-4"', theme, 'ShSegment')
    expect(ui).toBeUndefined()
    expect(warnings()).toHaveLength(1)
    expect(warnings()[0]).toMatch(/^\[sh-ui\] ShSegment: .*ui.*not valid JSON/)
    expect(resolveUi(theme, [ui])).toEqual(theme)
  })

  it.each([
    ['a number', 42, 'number'],
    ['an array', ['p-4'], 'an array'],
    ['a boolean', true, 'boolean'],
    ['a JSON array string', '["p-4"]', 'an array'],
    ['a JSON number string', '7', 'number'],
  ])('given %s, when normalized, then one warning says what it got and no override is returned', (_, input, got) => {
    expect(normalizeUi(input, theme, 'ShSegment')).toBeUndefined()
    expect(warnings()).toHaveLength(1)
    expect(warnings()[0]).toContain('ShSegment')
    expect(warnings()[0]).toContain(`got ${got}`)
  })

  it('given an unknown key next to a valid one, when normalized, then the unknown key is dropped with one warning listing the known keys', () => {
    expect(normalizeUi({ wrapper: 'p-4', wrapperr: 'p-8' }, theme, 'ShSegment')).toEqual({ wrapper: 'p-4' })
    expect(warnings()).toHaveLength(1)
    expect(warnings()[0]).toContain('ShSegment')
    expect(warnings()[0]).toContain('ui.wrapperr')
    expect(warnings()[0]).toContain('wrapper, inner, header')
  })

  it('given an unknown nested key, when normalized, then the warning names its full path', () => {
    expect(normalizeUi({ header: { titel: 'x', title: 'y' } }, theme, 'ShFaq')).toEqual({ header: { title: 'y' } })
    expect(warnings()).toEqual([expect.stringContaining('ui.header.titel')])
  })

  it('given null for a class-string leaf (a YAML key with no value), when normalized, then the leaf is silently not set', () => {
    const ui = normalizeUi({ wrapper: null, inner: 'max-w-none' }, theme, 'ShSegment')
    expect(ui).toEqual({ inner: 'max-w-none' })
    expect(warnings()).toEqual([])
    expect(resolveUi(theme, [ui]).wrapper).toBe(theme.wrapper)
  })

  it.each([
    ['a number', 3, 'number'],
    ['an array', ['p-4'], 'an array'],
    ['an object', { x: 'p-4' }, 'object'],
  ])('given %s for a class-string leaf, when normalized, then the leaf is dropped with a warning and the default stays', (_, value, got) => {
    const ui = normalizeUi({ wrapper: value, inner: 'max-w-none' }, theme, 'ShSegment')
    expect(ui).toEqual({ inner: 'max-w-none' })
    expect(warnings()).toHaveLength(1)
    expect(warnings()[0]).toContain('ui.wrapper must be a class string')
    expect(warnings()[0]).toContain(`got ${got}`)
    expect(resolveUi(theme, [ui]).wrapper).toBe(theme.wrapper)
  })

  it('given a string where a nested group is expected, when normalized, then one warning names the group and its keys', () => {
    expect(normalizeUi({ header: 'text-2xl' }, theme, 'ShFaq')).toEqual({})
    expect(warnings()).toHaveLength(1)
    expect(warnings()[0]).toContain('ui.header must be an object with keys title, actions')
  })

  it('given an invalid strategy, when normalized, then it warns and merges', () => {
    const ui = normalizeUi({ strategy: 'replace', wrapper: 'p-4' }, theme, 'ShSegment')
    expect(ui).toEqual({ wrapper: 'p-4' })
    expect(warnings()).toEqual([expect.stringContaining('ui.strategy must be "merge" or "override"')])
    expect(resolveUi(theme, [ui]).wrapper).toBe('border text-sh-fg p-4')
  })

  it('given a nested "strategy" key, when normalized, then it is an unknown key, not a strategy', () => {
    expect(normalizeUi({ header: { strategy: 'override' } }, theme, 'ShFaq')).toEqual({ header: {} })
    expect(warnings()).toEqual([expect.stringContaining('unknown key ui.header.strategy')])
  })

  it('given keys inherited from Object.prototype, when normalized, then they are unknown keys and cannot reach the result', () => {
    const ui = normalizeUi('{"constructor":"p-4","toString":"x","__proto__":{"wrapper":"evil"}}', theme, 'ShSegment')
    expect(warnings().filter((w) => w.includes('unknown key'))).toHaveLength(3)
    const resolved = resolveUi(theme, [ui])
    expect(resolved.wrapper).toBe(theme.wrapper)
    expect(Object.getPrototypeOf(ui)).toBe(Object.prototype)
  })

  it('given the same mistake twice, when normalized twice, then it warns only once', () => {
    normalizeUi({ wrapperr: 'p-8' }, theme, 'ShSegment')
    normalizeUi({ wrapperr: 'p-8' }, theme, 'ShSegment')
    expect(warnings()).toHaveLength(1)
  })

  it('given a custom source name, when the input is invalid, then the warning uses it', () => {
    normalizeUi(5, theme, 'ShSegment', 'ui.segment')
    expect(warnings()[0]).toContain('ShSegment: ui.segment must be an object')
  })

  it('given very long invalid JSON, when normalized, then the warning quotes a truncated excerpt', () => {
    normalizeUi(`{${'x'.repeat(500)}`, theme, 'ShSegment')
    expect(warnings()[0]!.length).toBeLessThan(200)
  })
})
