import type { Decorator } from '@storybook/vue3-vite'
import { computed, defineComponent, h, provide } from 'vue'
import { SH_UI_CONTEXT, type ShUiOptions } from '../../src/composables/config'

/**
 * Gives a story the plugin's `fetchJson` without a network: stories show
 * loading, errors and retries deterministically, offline.
 */
export function withFetchJson(fetchJson: NonNullable<ShUiOptions['fetchJson']>): Decorator {
  return (story) =>
    defineComponent({
      name: 'WithFetchJson',
      setup() {
        provide(SH_UI_CONTEXT, computed(() => ({ layers: [], unstyled: false, options: { fetchJson } })))
        return () => h(story())
      },
    })
}
