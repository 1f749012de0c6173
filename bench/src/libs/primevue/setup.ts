import type { App } from 'vue'
import PrimeVue from 'primevue/config'
import Aura from '@primeuix/themes/aura'

/** Styled mode with the Aura preset, as PrimeVue's Vite guide sets it up. */
export function setup(app: App): void {
  app.use(PrimeVue, { theme: { preset: Aura } })
}
