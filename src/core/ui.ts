import { mergeClasses } from './class-merge'
import { describe, isPlainObject, parseContentProp } from './content-prop'
import { DEV, warn } from './warn'

/** A theme: every leaf is the class string of one `data-slot`. */
export interface ThemeShape {
  [slot: string]: string | ThemeShape
}

/** Dotted paths of a theme's string leaves: `link`, `tr.base`. */
export type LeafPath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPath<T[K]>}`
}[keyof T & string]

/**
 * A theme's state classes as data: for a slot, each state names the leaf
 * holding the classes added while the state is on, e.g.
 * `{ pageButton: { current: 'pageCurrent' } }`.
 */
export type ThemeStates<T> = { [S in LeafPath<T>]?: Record<string, LeafPath<T>> }

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> }

/**
 * What a `ui` prop, plugin option or config provider accepts for one component.
 * `strategy: 'override'` replaces the defaults instead of merging with them
 * (the behaviour of Nuxt UI v2 content that sites already rely on).
 */
export type UiOverride<T> = DeepPartial<T> & { strategy?: 'merge' | 'override' }

/** `ui` as written in MDC may also arrive as a JSON string. */
export type UiProp<T> = UiOverride<T> | string


/**
 * Turns whatever a content writer supplied into a well-typed override:
 * JSON strings are parsed, unknown keys and wrong types are dropped with a
 * warning naming the component and the key. Never throws.
 */
export function normalizeUi<T extends ThemeShape>(
  input: unknown,
  theme: T,
  component: string,
  source = 'ui',
): UiOverride<T> | undefined {
  const value = parseContentProp(input, { component, prop: source, expect: 'object' })
  if (value === undefined) return undefined
  return clean(value as Record<string, unknown>, theme, component, source, true) as UiOverride<T>
}

function clean(value: Record<string, unknown>, shape: ThemeShape, component: string, path: string, top = false) {
  const out: Record<string, unknown> = {}
  for (const [key, entry] of Object.entries(value)) {
    // A YAML `wrapper:` with no value arrives as null: "not set", not a mistake.
    if (entry === null || entry === undefined) continue
    const at = `${path}.${key}`
    if (key === 'strategy' && top) {
      if (entry === 'merge' || entry === 'override') out.strategy = entry
      else if (DEV) warn(component, `${at} must be "merge" or "override", got ${describe(entry)}; merging.`)
      continue
    }
    // Own keys only: `constructor` or `__proto__` from JSON must not pass as theme slots.
    if (!Object.hasOwn(shape, key)) {
      if (DEV) warn(component, `unknown key ${at} is ignored. Known keys: ${Object.keys(shape).join(', ')}.`)
      continue
    }
    const expected = shape[key]!
    if (typeof expected === 'string') {
      if (typeof entry === 'string') out[key] = entry
      else if (DEV) warn(component, `${at} must be a class string, got ${describe(entry)}; the default is used.`)
    } else if (isPlainObject(entry)) {
      out[key] = clean(entry, expected, component, at)
    } else {
      if (DEV) warn(component, `${at} must be an object with keys ${Object.keys(expected).join(', ')}, got ${describe(entry)}; the defaults are used.`)
    }
  }
  return out
}

/**
 * Applies override layers to a theme, lowest precedence first. String leaves
 * merge through tailwind-merge, so a later `p-4` replaces an earlier `p-2`
 * and keeps the rest; `strategy: 'override'` replaces each leaf it names.
 */
export function resolveUi<T extends ThemeShape>(
  theme: T,
  layers: Array<UiOverride<T> | undefined>,
  unstyled = false,
): T {
  let result: ThemeShape = unstyled ? blank(theme) : theme
  for (const layer of layers) {
    if (layer) result = apply(result, layer, layer.strategy === 'override')
  }
  return result as T
}

function apply(base: ThemeShape, layer: Record<string, unknown>, override: boolean): ThemeShape {
  const out: ThemeShape = { ...base }
  for (const key of Object.keys(base)) {
    const entry = layer[key]
    if (entry === undefined) continue
    const current = base[key]!
    if (typeof current === 'string') {
      if (typeof entry === 'string') out[key] = override ? entry : mergeClasses(current, entry)
    } else if (isPlainObject(entry)) {
      out[key] = apply(current, entry, override)
    }
  }
  return out
}

function blank(theme: ThemeShape): ThemeShape {
  const out: ThemeShape = {}
  for (const [key, value] of Object.entries(theme)) out[key] = typeof value === 'string' ? '' : blank(value)
  return out
}
