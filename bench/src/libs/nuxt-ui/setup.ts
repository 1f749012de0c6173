import type { App } from 'vue'
import ui from '@nuxt/ui/vue-plugin'
import './nuxt-ui.css'

/** Nuxt UI's Vue plugin, as its Vue installation guide sets it up (the Vite plugin does the rest). */
export function setup(app: App): void {
  app.use(ui)
}
