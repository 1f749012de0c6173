import type { ThemeShape } from '../../src/core/ui'

export interface ThemeEntry {
  /** Key in `app.use(ShUi, { ui: { <key>: ... } })`, e.g. `checkoutLinks`. */
  key: string
  /** Source file, e.g. `src/theme/checkout-links.ts`. */
  file: string
  theme: ThemeShape
}

export interface ThemeRow {
  /** Dotted path as written in a `ui` map, e.g. `header.title`. */
  path: string
  classes: string
}

// Eager glob: a theme file added by anyone shows up here without touching Storybook.
const modules = import.meta.glob<{ default?: unknown }>('../../src/theme/*.ts', { eager: true })

function isTheme(value: unknown): value is ThemeShape {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** Every theme file with a default export (index.ts is type-only and has none), sorted by key. */
export const themes: ThemeEntry[] = Object.entries(modules)
  .flatMap(([path, module]) => {
    const name = /([^/]+)\.ts$/.exec(path)?.[1] ?? path
    return isTheme(module.default) ? [{ key: camelCase(name), file: `src/theme/${name}.ts`, theme: module.default }] : []
  })
  .sort((a, b) => a.key.localeCompare(b.key))

/** One row per class string, nested maps flattened to dotted paths. */
export function themeRows(theme: ThemeShape, prefix = ''): ThemeRow[] {
  return Object.entries(theme).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [{ path: `${prefix}${key}`, classes: value }]
      : themeRows(value, `${prefix}${key}.`),
  )
}
