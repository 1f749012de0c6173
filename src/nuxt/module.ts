import { readFile } from 'node:fs/promises'
import { addComponent, addImports, addPluginTemplate, addServerHandler, addServerTemplate, addTemplate, addTypeTemplate, defineNuxtModule, hasNuxtModule } from '@nuxt/kit'
import { COMPONENT_ALIASES, COMPONENTS, COMPOSABLES, libraryComponents, RUNTIME_DEPENDENCIES, type ComponentRegistration } from './registry'
import { unlayer } from './unlayer'

export interface ModuleOptions {
  /**
   * Replaces the `Sh` of every component name: `prefix: 'Oma'` registers `<OmaFaq>`.
   * Existing content writes `::ShFaq`, so keep the default for it.
   * @default 'Sh'
   */
  prefix?: string
  /**
   * `'style'`: adds the prebuilt `sh-ui/style.css` (apps without Tailwind; only the library's own classes).
   * `'tailwind'`: adds nothing, because the app's Tailwind v4 entry must import the library itself, after
   * Tailwind: `@import "tailwindcss"; @import "sh-ui/tailwind.css";`. Its Tailwind then also generates the
   * classes content writers put in `ui` maps (the usual case for content sites).
   * `false`: add no CSS.
   * @default 'style'
   */
  css?: 'style' | 'tailwind' | false
  /**
   * Markdown inside props (FAQ answers, table header and footer):
   * `'auto'` renders through MDC when @nuxtjs/mdc or @nuxt/content is installed, else the built-in renderer.
   * @default 'auto'
   */
  markdown?: 'auto' | 'mdc' | 'builtin'
  /**
   * Table fetches go through Nuxt's `$fetch`, so server-rendered pages hold the first
   * page of rows, and the loaded data travels in the payload (`useState`) to hydration.
   * JSON responses arrive parsed, anything else (an XML registry) as text, for `transformRawData`,
   * which names a helper the app provides (`nuxtApp.provide('name', fn)`).
   * @default true
   */
  fetch?: boolean
  /** Drop every default class; only `app.config` and `ui` overrides remain. */
  unstyled?: boolean
}

/**
 * `modules: ['sh-ui/nuxt']`. Every `Sh*` component the package exports is
 * registered globally, because MDC resolves `::ShFaq` through Vue's global
 * registry. The names come from registry.ts, whose test fails when a component
 * is added to `src/index.ts` but not listed there.
 */
export default defineNuxtModule<ModuleOptions>({
  meta: { name: 'sh-ui', configKey: 'shUi', compatibility: { nuxt: '>=3.13.0' } },
  defaults: { prefix: 'Sh', css: 'style', markdown: 'auto', fetch: true, unstyled: false },
  setup(options, nuxt) {
    const components = libraryComponents(COMPONENTS, COMPONENT_ALIASES, options.prefix ?? 'Sh')
    for (const component of components) registerComponent(component)

    addImports(COMPOSABLES.map((name) => ({ name, from: 'sh-ui' })))

    if (options.css === 'style') nuxt.options.css.push(styleSheet())

    // The runtime imports nuxt/app: it must be bundled with the app, not loaded by Node as an external; its
    // dependencies too, so that server and browser run the same versions (see RUNTIME_DEPENDENCIES).
    nuxt.options.build.transpile.push('sh-ui', ...RUNTIME_DEPENDENCIES)
    keepServerPrefetchOnClient(nuxt.options.optimization?.treeShake?.composables?.client)

    addPluginTemplate({
      filename: 'sh-ui.plugin.mjs',
      // Read when the template is written, after every module ran: @nuxt/content installs @nuxtjs/mdc itself.
      getContents: () => pluginSource({ ...options, mdc: usesMdc(options.markdown) }),
    })

    // Nitro does not serve public/ to the app's own server-side requests in dev and
    // while prerendering, so `dataUrl: /data/x.json` (or a registry's .xml) would reach
    // the page router there and the page would lose its server-rendered rows.
    // Static output only: a deployed server serves them itself.
    if (options.fetch !== false && (nuxt.options.dev || (nuxt.options as { _generate?: boolean })._generate)) {
      addServerTemplate({ filename: '#sh-ui/public-data.mjs', getContents: () => publicDataHandler(nuxt.options.dir.public) })
      addServerHandler({ middleware: true, handler: '#sh-ui/public-data.mjs' })
    }

    addTypeTemplate({
      filename: 'types/sh-ui.d.ts',
      getContents: () => APP_CONFIG_TYPES,
    })

    /**
     * With Tailwind CSS 3 in the app (@nuxt/ui v2 installs it; list sh-ui/nuxt after it), the
     * stylesheet without cascade layers (see unlayer.ts); else the prebuilt file as it is.
     */
    function styleSheet(): string {
      if (!hasNuxtModule('@nuxtjs/tailwindcss', nuxt)) return 'sh-ui/style.css'
      const prebuilt = new URL('../style.css', import.meta.url)
      return addTemplate({ filename: 'sh-ui/style.unlayered.css', getContents: async () => unlayer(await readFile(prebuilt, 'utf8')) }).dst
    }

    function usesMdc(choice: ModuleOptions['markdown']): boolean {
      if (choice === 'builtin') return false
      const present = hasNuxtModule('@nuxtjs/mdc', nuxt) || hasNuxtModule('@nuxt/content', nuxt)
      if (choice === 'mdc' && !present) {
        console.warn('[sh-ui] nuxt: markdown: "mdc" needs @nuxtjs/mdc or @nuxt/content; using the built-in renderer.')
      }
      return present
    }
  },
})

/**
 * A production build drops `onServerPrefetch` calls from client bundles. Vue makes a component
 * that registers one an async boundary for `useId()`, so without the call on the client every
 * id below a data-loading table differs in hydration (the rows-per-page select's `for`/`id`;
 * vuejs/core#12591). On the client the hook is registered and never runs: a few bytes.
 */
function keepServerPrefetchOnClient(clientComposables: Record<string, string[]> | undefined): void {
  if (clientComposables?.vue) clientComposables.vue = clientComposables.vue.filter((name) => name !== 'onServerPrefetch')
}

function registerComponent({ name, exportName }: ComponentRegistration): void {
  addComponent({ name, export: exportName, filePath: 'sh-ui', global: true })
}

function pluginSource(options: ModuleOptions & { mdc: boolean }): string {
  const settings = JSON.stringify({ fetch: options.fetch !== false, unstyled: options.unstyled === true })
  return [
    `import { defineNuxtPlugin } from '#app'`,
    `import { installShUi } from 'sh-ui/nuxt/runtime'`,
    options.mdc ? `import { MDC } from '#components'` : `const MDC = undefined`,
    `export default defineNuxtPlugin({ name: 'sh-ui', setup(nuxtApp) { installShUi(nuxtApp, { ...${settings}, mdc: MDC }) } })`,
    '',
  ].join('\n')
}

/** Data files a table may load, by extension; anything else (images, fonts) Nitro serves to browsers itself. */
const DATA_TYPES: Record<string, string> = {
  json: 'application/json',
  xml: 'application/xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/plain',
  yaml: 'application/yaml',
  yml: 'application/yaml',
}

function publicDataHandler(publicDir: string): string {
  return `import { readFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { defineEventHandler, setResponseHeader } from 'h3'
const root = resolve(${JSON.stringify(publicDir)})
const types = ${JSON.stringify(DATA_TYPES)}
export default defineEventHandler(async (event) => {
  if (event.method !== 'GET') return
  let path
  try { path = decodeURIComponent(event.path.split('?')[0]) } catch { return }
  const type = types[path.slice(path.lastIndexOf('.') + 1).toLowerCase()]
  if (!type) return
  const file = resolve(root, '.' + path)
  if (!file.startsWith(root + sep)) return
  const body = await readFile(file, 'utf8').catch(() => undefined)
  if (body === undefined) return
  setResponseHeader(event, 'content-type', type + '; charset=utf-8')
  return body
})
`
}

/** `app.config.ts` autocompletes `shUi: { faq: { ... } }` from the themes. */
const APP_CONFIG_TYPES = `import type { ShUiThemeOverrides } from 'sh-ui'
declare module 'nuxt/schema' {
  interface AppConfigInput { shUi?: ShUiThemeOverrides }
  interface AppConfig { shUi?: ShUiThemeOverrides }
}
declare module '@nuxt/schema' {
  interface AppConfigInput { shUi?: ShUiThemeOverrides }
  interface AppConfig { shUi?: ShUiThemeOverrides }
}
export {}
`
