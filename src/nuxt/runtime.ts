import { computed, toRaw, type Component } from 'vue'
import { useAppConfig, useState, type NuxtApp } from 'nuxt/app'
import ShMarkdown from '../components/ShMarkdown.vue'
import { htmlCells } from '../core/table/html-cells'
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
type Transform = (raw: unknown) => unknown

/**
 * What the module's plugin runs: `app.config.ts`'s `shUi` becomes the plugin
 * layer of every component's class map, reactive so edits apply on HMR.
 */
export function installShUi(nuxtApp: NuxtApp, settings: ShUiNuxtSettings): void {
  const appConfig = useAppConfig() as { shUi?: ShUiThemeOverrides }
  const fixed: ShUiOptions = {
    unstyled: settings.unstyled,
    markdown: settings.mdc ? mdcMarkdown(settings.mdc) : ShMarkdown,
    htmlCells,
    resolveTransform: (name) => providedFunction(nuxtApp, name),
  }
  if (settings.fetch) {
    fixed.fetchData = nuxtFetch()
    // The deprecated alias too, for readers not yet on fetchData (useJsonFetch before the table work lands).
    fixed.fetchJson = fixed.fetchData
    fixed.jsonState = jsonState
  }
  const root = extendContext({ layers: [], unstyled: false, options: {} }, fixed, 'sh-ui/nuxt')
  nuxtApp.vueApp.provide(
    SH_UI_CONTEXT,
    computed(() => extendContext(root, { ui: appConfig.shUi }, 'app.config shUi')),
  )
}

/**
 * `transformRawData: "filterDDFObjects"` finds what the app's own plugins
 * `nuxtApp.provide('filterDDFObjects', fn)`, exactly as sites call `useNuxtApp().$filterDDFObjects`.
 * Looked up when a table needs it, so plugin order does not matter.
 */
function providedFunction(nuxtApp: NuxtApp, name: string): Transform | undefined {
  const provided = (nuxtApp as unknown as Record<string, unknown>)[`$${name}`]
  return typeof provided === 'function' ? (provided as Transform) : undefined
}

interface RawResponse {
  _data?: string
  headers: Headers
}
type NuxtGlobalFetch = { raw: (url: string, init: { signal: AbortSignal; responseType: 'text' }) => Promise<RawResponse> }

/**
 * Nuxt's global $fetch calls the app's own server routes directly during SSR and prerendering.
 * The body is read as text and parsed here, so an XML registry reaches its transform as the
 * text it is, and JSON (by content type, else by the URL's extension) as parsed data.
 */
function nuxtFetch(): Fetch {
  const $fetch = (globalThis as unknown as { $fetch: NuxtGlobalFetch }).$fetch
  return async (url, { signal }) => {
    const response = await $fetch.raw(url, { signal, responseType: 'text' })
    const body = response._data ?? ''
    return isJson(response.headers.get('content-type'), url) ? JSON.parse(body) : body
  }
}

function isJson(contentType: string | null, url: string): boolean {
  if (contentType && !/^(text\/plain|application\/octet-stream)\b/.test(contentType)) return /[/+]json\b/.test(contentType)
  return /\.json$/i.test(url.split(/[?#]/)[0]!)
}

/**
 * What a table rendered on the server showed travels in Nuxt's payload (a
 * snapshot of its first page, not the response), so hydration starts from the
 * same rows. Raw: the table keeps rows out of Vue's deep reactivity (the full
 * data a client load keeps here can be 100,000 rows; proxied, they would be slow).
 */
function jsonState(): Record<string, unknown> {
  return toRaw(useState<Record<string, unknown>>('sh-ui:json', () => ({})).value)
}
