import { computed, toRaw, type Component } from 'vue'
import { useAppConfig, useState, type NuxtApp } from 'nuxt/app'
import ShMarkdown from '../components/ShMarkdown.vue'
import { SH_UI_CONTEXT, extendContext, type ShUiOptions, type ShUiThemeOverrides } from '../composables/config'
import { mdcMarkdown } from './mdc-markdown'

export { mdcMarkdown }

export interface ShUiNuxtSettings {
  /** Fetch table data through Nuxt's `$fetch` (server-side requests to the app's own routes need no network). */
  fetch: boolean
  unstyled: boolean
  /**
   * @nuxtjs/mdc's `MDC` component when the app has it: markdown in props then
   * renders exactly as page content. Otherwise the built-in ShMarkdown.
   */
  mdc?: Component
}

type Fetch = (url: string, init: { signal: AbortSignal }) => Promise<unknown>

/**
 * What the module's plugin runs: `app.config.ts`'s `shUi` becomes the plugin
 * layer of every component's class map, reactive so edits apply on HMR.
 */
export function installShUi(nuxtApp: NuxtApp, settings: ShUiNuxtSettings): void {
  const appConfig = useAppConfig() as { shUi?: ShUiThemeOverrides }
  const fixed: ShUiOptions = { unstyled: settings.unstyled, markdown: settings.mdc ? mdcMarkdown(settings.mdc) : ShMarkdown }
  if (settings.fetch) {
    fixed.fetchJson = nuxtFetch()
    fixed.jsonState = jsonState
  }
  const root = extendContext({ layers: [], unstyled: false, options: {} }, fixed, 'sh-ui/nuxt')
  nuxtApp.vueApp.provide(
    SH_UI_CONTEXT,
    computed(() => extendContext(root, { ui: appConfig.shUi }, 'app.config shUi')),
  )
}

function nuxtFetch(): Fetch {
  // Nuxt's global $fetch calls the app's own server routes directly during SSR and prerendering.
  const $fetch = (globalThis as unknown as { $fetch: (url: string, init: { signal: AbortSignal; responseType: 'json' }) => Promise<unknown> }).$fetch
  return (url, { signal }) => $fetch(url, { signal, responseType: 'json' })
}

/**
 * JSON fetched while rendering on the server travels in Nuxt's payload, so
 * hydration starts from the same rows. Raw: the table keeps its rows out of
 * Vue's deep reactivity (100,000 proxied rows would be slow).
 */
function jsonState(): Record<string, unknown> {
  return toRaw(useState<Record<string, unknown>>('sh-ui:json', () => ({})).value)
}
