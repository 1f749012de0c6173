// One Vite config for every library's pages, SSR bundle and size entries, so no library gets a
// different compiler, minifier or plugin set. Nuxt UI needs its Vite plugin (it brings Tailwind);
// the other pages do not use what it adds.
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import ui from '@nuxt/ui/vite'
import { defineConfig } from 'vite'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))

/**
 * sh-ui comes from the repo's own build (`npm run build` at the root writes ../dist), copied here
 * by run.mjs with the package.json (for `sideEffects`) so another engineer's rebuild cannot change it
 * mid-run. Its dependencies resolve from the node_modules of the checkout it was built in (see snapshotShUi).
 */
export const shUiDist = here('.cache/sh-ui/dist/')
/** The build `--baseline` compares against, copied the same way. */
export const shUiBaselineDist = here('.cache/sh-ui-baseline/dist/')

/** `shUi`: the sh-ui build that `import 'sh-ui'` resolves to. */
export function baseConfig(shUi = shUiDist) {
  return {
    root: here('.'),
    configFile: false,
    logLevel: 'warn',
    plugins: [
      vue(),
      ui({
        router: false,
        colorMode: false,
        autoImport: false,
        dts: false,
        // Bundled like Nuxt UI's own icons, so the Table page never asks the Iconify API.
        icon: { clientBundle: { icons: ['i-lucide-arrow-up-down', 'i-lucide-arrow-up-narrow-wide', 'i-lucide-arrow-down-wide-narrow'] } },
      }),
    ],
    resolve: {
      alias: [
        { find: /^sh-ui$/, replacement: `${shUi}index.js` },
        { find: /^sh-ui\/(.*)$/, replacement: `${shUi}$1` },
      ],
      // The sh-ui build would resolve vue from the repo's node_modules: keep one copy, the bench's.
      dedupe: ['vue', '@vue/runtime-core', '@vue/runtime-dom', '@vue/reactivity', '@vue/shared', '@vue/server-renderer'],
    },
  }
}

export default defineConfig(baseConfig())
