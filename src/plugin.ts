import { computed, type App, type Plugin } from 'vue'
import { SH_UI_CONTEXT, extendContext, type ShUiOptions } from './composables/config'

/**
 * `app.use(ShUi, { ui: { segment: { wrapper: 'p-4' } } })` sets app-wide
 * overrides. Components do not need it: they fall back to their defaults.
 */
export const ShUi: Plugin<[ShUiOptions?]> = {
  install(app: App, options: ShUiOptions = {}) {
    const context = extendContext({ layers: [], unstyled: false, options: {} }, options, 'ShUi plugin')
    app.provide(SH_UI_CONTEXT, computed(() => context))
  },
}
