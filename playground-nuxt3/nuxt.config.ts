// The OMA site's own stack: Nuxt 3, @nuxt/ui v2 (Tailwind CSS 3, @nuxtjs/color-mode
// with dark as the default) and @nuxt/content 3, with sh-ui/nuxt as the site
// would add it. Generated and checked by scripts/test-playground-nuxt3.mjs.
// It renders the content pages of ../playground (the site's block patterns) and its own /stack page.
// With SH_UI_OMA_FIXTURES (scripts/test-oma-pages.mjs) it renders the real OMA pages of ../shared instead.
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const transforms = fileURLToPath(new URL('../playground/app/utils/transforms.ts', import.meta.url))
/** The real OMA site's pages and data (../shared/fixtures/oma): content/*.md, and data/ served at /data/. */
const oma = process.env.SH_UI_OMA_FIXTURES
const omaRoutes = oma ? readdirSync(`${oma}/content`).filter((file) => file.endsWith('.md')).map((file) => `/${file.slice(0, -3)}`) : []

export default defineNuxtConfig({
  modules: ['@nuxt/ui', '@nuxt/content', 'sh-ui/nuxt'],
  shUi: { css: 'style' },
  colorMode: { preference: 'dark' },
  compatibilityDate: '2025-07-15',
  devtools: { enabled: false },
  telemetry: false,
  // Vue's production hydration mismatch details, so the Chromium check sees every mismatch with its cause.
  debug: { hydration: true },
  // The same sample data as ../playground, served from its public/ (registry XML included).
  dir: { public: oma ?? fileURLToPath(new URL('../playground/public', import.meta.url)) },
  // The transforms the site's plugins provide, shared with ../playground; outside this app, so bundled explicitly.
  alias: { '#playground-transforms': transforms },
  build: { transpile: [transforms] },
  content: { build: { markdown: { highlight: false } } },
  sourcemap: false,
  // The OMA pages link to the rest of the site, which is not here: only their own routes are generated.
  nitro: { prerender: oma ? { crawlLinks: false, routes: omaRoutes } : { crawlLinks: true, routes: ['/', '/stack'] } },
})
