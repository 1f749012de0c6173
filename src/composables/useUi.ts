import { computed, inject, normalizeClass, provide, useAttrs, type ComputedRef, type InjectionKey } from 'vue'
import { mergeClasses } from '../core/class-merge'
import { normalizeUi, resolveUi, type LeafPath, type ThemeShape, type ThemeStates, type UiProp } from '../core/ui'
import type { ShUiThemes } from '../theme'
import { useShUiContext } from './config'

export interface ThemedProps<T> {
  ui?: UiProp<T>
  unstyled?: boolean
}

/** Which states are on for one element, e.g. `{ current: page === n }`. */
export type StateFlags = Record<string, boolean | undefined>

/** What a themed component hands its children (instead of a prop called `ui`). */
export interface UiContext<T> {
  ui: ComputedRef<T>
  classes: (slot: LeafPath<T>, flags?: StateFlags) => string
  name: string
}

export interface UseUiOptions<K extends keyof ShUiThemes> {
  /** The component's key in `ShUiOptions.ui` and `ShConfigProvider`. */
  key: K
  /** Display name used in warnings; a wrapper's `provideUiName` takes precedence. */
  name: string
  theme: ShUiThemes[K]
  /** The theme's `states` export: state name -> leaf holding that state's classes, per slot. */
  states?: ThemeStates<ShUiThemes[K]>
  props: ThemedProps<ShUiThemes[K]>
  /** The slot of the root element, where the `class` attribute merges. */
  root: keyof ShUiThemes[K] & string
}

const UI_KEY = Symbol('sh-ui-parent') as InjectionKey<Partial<Record<keyof ShUiThemes, UiContext<unknown>>>>
const NAME_KEY = Symbol('sh-ui-name') as InjectionKey<string>

/** Lets a wrapper (ShIprTable) make the warnings of the component it renders name the wrapper. */
export function provideUiName(name: string): void {
  provide(NAME_KEY, name)
}

/** The enclosing component's classes, for child components such as ShDataTablePagination. */
export function useParentUi<K extends keyof ShUiThemes>(key: K): UiContext<ShUiThemes[K]> {
  const context = inject(UI_KEY, {})[key]
  if (!context) throw new Error(`sh-ui: useParentUi('${key}') needs an enclosing component that called useUi with that key.`)
  return context as UiContext<ShUiThemes[K]>
}

/**
 * The resolved class map of one component: theme defaults < plugin options <
 * enclosing ShConfigProviders < `ui` prop < `class` attribute (on `root`).
 * Components set `inheritAttrs: false` and bind `attrs` to their root so the
 * class attribute takes part in tailwind-merge instead of being appended.
 * `classes(slot, flags)` adds the classes of every active state (from `states`),
 * so state styling is data and stays overridable through the public `ui` keys.
 */
export function useUi<K extends keyof ShUiThemes>(options: UseUiOptions<K>) {
  type T = ShUiThemes[K]
  const { key, theme, states = {}, props, root } = options
  const name = inject(NAME_KEY, options.name)
  const context = useShUiContext()
  const rawAttrs = useAttrs()
  const shape = theme as T & ThemeShape

  const ui = computed(() => {
    const ctx = context.value
    const layers = ctx.layers.map((layer) => normalizeUi(layer[key], shape, name, `ui.${key}`))
    layers.push(normalizeUi(props.ui, shape, name))
    const resolved = resolveUi(shape, layers, props.unstyled ?? ctx.unstyled)
    const extra = normalizeClass(rawAttrs.class)
    if (!extra) return resolved as T
    return { ...resolved, [root]: mergeClasses(resolved[root] as string, extra) } as T
  })

  // Cached per resolved map: a new `ui` object starts a new cache.
  const cache = computed(() => (ui.value, new Map<string, string>()))
  function classes(slot: LeafPath<T>, flags: StateFlags = {}): string {
    const slotStates = (states as Record<string, Record<string, string>>)[slot] ?? {}
    const active = Object.keys(slotStates).filter((state) => flags[state])
    const id = `${slot}|${active.join(',')}`
    let hit = cache.value.get(id)
    if (hit === undefined) {
      const map = ui.value as ThemeShape
      hit = mergeClasses(leaf(map, slot), ...active.map((state) => leaf(map, slotStates[state]!)))
      cache.value.set(id, hit)
    }
    return hit
  }

  const attrs = computed(() => {
    const { class: _class, ...rest } = rawAttrs
    return rest
  })

  provide(UI_KEY, { ...inject(UI_KEY, {}), [key]: { ui, classes, name } })
  return { ui, attrs, classes }
}

function leaf(map: ThemeShape, path: string): string {
  let node: string | ThemeShape | undefined = map
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : ''
}
