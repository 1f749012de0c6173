import { computed, inject, type Component, type ComputedRef, type InjectionKey } from 'vue'
import type { UiProp } from '../core/ui'
import type { HtmlCellRenderer } from '../core/table/columns'
import { isPlainObject } from '../core/content-prop'
import { DEV, warn } from '../core/warn'
import type { ShUiThemes } from '../theme'

/** Theme overrides for any number of components, each typed from its theme. */
export type ShUiThemeOverrides = { [K in keyof ShUiThemes]?: UiProp<ShUiThemes[K]> }

export interface ShUiOptions {
  /** Global class-map overrides per component. */
  ui?: ShUiThemeOverrides
  /** Drop every default class; only overrides remain. */
  unstyled?: boolean
  /**
   * Renders markdown in ShFaq (questions, answers, title): a component taking
   * `{ source: string; inline?: boolean }`, e.g. the built-in `ShMarkdown` or
   * an MDC renderer. Without it ShFaq shows answers as plain text, which keeps
   * its bundle small.
   */
  markdown?: Component
  /**
   * Renders table cells whose values hold markup (links, emphasis, line breaks): the built-in `htmlCells`
   * (sh-ui's allow-list sanitiser) or your own. Without it such cells show their markup as text, which keeps
   * the table bundle free of a sanitiser. sh-ui/nuxt sets it. Pass one lasting object (not one built in a
   * template): a new renderer re-indexes every table below it.
   */
  htmlCells?: HtmlCellRenderer
  /**
   * @deprecated Use `fetchData`. Loads JSON for components with a `dataUrl` (ShDataTable, ShIprTable).
   * Default: `fetch`, an HTTP status check and `JSON.parse`, with readable errors.
   * When set, tables also fetch during SSR (`onServerPrefetch`), so Nuxt can plug
   * `$fetch` here and transfer the result in its payload; it must honour `init.signal`.
   */
  fetchJson?: (url: string, init: { signal: AbortSignal }) => Promise<unknown>
  /**
   * Loads the data of components with a `dataUrl` (ShDataTable, ShIprTable);
   * replaces `fetchJson`, which stays as a deprecated alias (`fetchData` wins
   * when both are set). Resolves to parsed JSON for JSON responses and to text
   * otherwise, deciding by content type first, then by the URL's extension,
   * so CSV or HTML sources reach `transformRawData` as strings. Must honour `signal`.
   */
  fetchData?: (url: string, init: { signal: AbortSignal }) => Promise<unknown>
  /**
   * Named transforms for `transformRawData: "name"` written in content (MDC
   * cannot pass functions). Looked up after `resolveTransform`.
   */
  transforms?: Record<string, (raw: unknown) => unknown>
  /**
   * Finds a transform by name before `transforms` is consulted; sh-ui/nuxt sets
   * it to look up `useNuxtApp()['$' + name]`, so a Nuxt plugin can provide one.
   */
  resolveTransform?: (name: string) => ((raw: unknown) => unknown) | undefined
  /** Whether ShDataTable's quick filters start open when the table sets nothing. */
  filtersOpen?: boolean
  /**
   * Hands a server-rendered table over to hydration, so it is not rendered
   * empty first: a record the server fills and the client reads (sh-ui/nuxt
   * backs it with `useState`, i.e. the page payload). It carries a snapshot of
   * what the server drew (the first page's rows, keys, counts and quick-filter
   * values), not the response, so the page weighs what it shows; the client
   * loads the full data from the same URL as the table hydrates and switches
   * to it without re-rendering the rows already there. Failed server loads
   * leave their message. Called during a component's setup.
   */
  jsonState?: () => Record<string, unknown>
}

/** What components read: overrides from the plugin and every enclosing provider, outermost first. */
export interface ShUiContext {
  layers: ShUiThemeOverrides[]
  unstyled: boolean
  options: ShUiOptions
}

export const SH_UI_CONTEXT: InjectionKey<ComputedRef<ShUiContext>> = Symbol('sh-ui')

const EMPTY: ShUiContext = { layers: [], unstyled: false, options: {} }

/** The context in scope, or an empty one so components work without the plugin. */
export function useShUiContext(): ComputedRef<ShUiContext> {
  return inject(SH_UI_CONTEXT, () => computed(() => EMPTY), true)
}

/** The theme registry's keys at runtime, so a misspelt component name (`segmnt`) gets a warning; typed to stay complete. */
const COMPONENT_KEYS: Record<keyof ShUiThemes, true> = { segment: true, checkoutLinks: true, dataTable: true, faq: true }

/** A child context: the given options layered over the parent's. `source` names the caller in warnings. */
export function extendContext(parent: ShUiContext, options: ShUiOptions, source = 'ShConfigProvider'): ShUiContext {
  const ui = options.ui
  const valid = isPlainObject(ui)
  if (DEV && ui !== undefined && ui !== null && !valid) warn(source, `ui must be an object keyed by component, e.g. { segment: { wrapper: "p-4" } }; it is ignored.`)
  if (valid) {
    for (const key of Object.keys(ui)) {
      if (DEV && !Object.hasOwn(COMPONENT_KEYS, key)) warn(source, `unknown component key ui.${key} is ignored. Known keys: ${Object.keys(COMPONENT_KEYS).join(', ')}.`)
    }
  }
  return {
    layers: valid ? [...parent.layers, ui] : parent.layers,
    unstyled: options.unstyled ?? parent.unstyled,
    options: { ...parent.options, ...definedOnly(options) },
  }
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>
}
