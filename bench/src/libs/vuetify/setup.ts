import type { App } from 'vue'
import 'vuetify/styles'
import { createVuetify } from 'vuetify'
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg'

/** Tree-shaken setup from Vuetify's docs: components imported where used, SVG icons (no icon font download). */
export function setup(app: App, ssr = false): void {
  app.use(createVuetify({ ssr, icons: { defaultSet: 'mdi', aliases, sets: { mdi } } }))
}
