import { computed, normalizeClass, useAttrs, type ComputedRef } from 'vue'
import { mergeClasses } from '../core/class-merge'
import { normalizeUi, resolveUi, type ThemeShape, type UiProp } from '../core/ui'
import type { ShUiThemes } from '../theme'
import { useShUiContext } from './config'

export interface ThemedProps<T> {
  ui?: UiProp<T>
  unstyled?: boolean
}

/**
 * The resolved class map of one component: theme defaults < plugin options <
 * enclosing ShConfigProviders < `ui` prop < `class` attribute (on `rootSlot`).
 * Components set `inheritAttrs: false` and bind `attrs` to their root so the
 * class attribute takes part in tailwind-merge instead of being appended.
 */
export function useUi<K extends keyof ShUiThemes>(
  key: K,
  component: string,
  theme: ShUiThemes[K],
  props: ThemedProps<ShUiThemes[K]>,
  rootSlot: keyof ShUiThemes[K] & string,
): { ui: ComputedRef<ShUiThemes[K]>; attrs: ComputedRef<Record<string, unknown>> } {
  type T = ShUiThemes[K]
  const context = useShUiContext()
  const rawAttrs = useAttrs()
  const shape = theme as T & ThemeShape

  const ui = computed(() => {
    const ctx = context.value
    const layers = ctx.layers.map((layer) => normalizeUi(layer[key], shape, component, `ui.${key}`))
    layers.push(normalizeUi(props.ui, shape, component))
    const resolved = resolveUi(shape, layers, props.unstyled ?? ctx.unstyled)
    const extra = normalizeClass(rawAttrs.class)
    if (!extra) return resolved as T
    return { ...resolved, [rootSlot]: mergeClasses(resolved[rootSlot] as string, extra) } as T
  })

  const attrs = computed(() => {
    const { class: _class, ...rest } = rawAttrs
    return rest
  })

  return { ui, attrs }
}
