/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { defineConfig } from 'vite'
import pkg from './package.json' with { type: 'json' }
import { jsEntries } from './scripts/build-entries.mjs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
type Dependencies = { peerDependencies: object; dependencies: object; optionalDependencies?: object }
const { peerDependencies, dependencies, optionalDependencies } = pkg as Dependencies
const external = [peerDependencies, dependencies, optionalDependencies ?? {}].flatMap((field) => Object.keys(field))

/**
 * Every `./dist/<name>.js` export of package.json is built from `src/<name>.ts`: the entry list of
 * scripts/build-entries.mjs, which the type roll-up and the package checks read too, so a new subpath
 * such as `./nuxt` needs only its package.json export.
 */
const libraryEntries = () =>
  Object.fromEntries(jsEntries(pkg).map((entry) => [entry.name, fileURLToPath(new URL(entry.source, import.meta.url))]))

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const chromiumProvider = playwright({
  launchOptions: {
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
})

export default defineConfig({
  plugins: [vue(), tailwindcss()],
  build: {
    lib: {
      entry: libraryEntries(),
      formats: ['es'],
    },
    cssCodeSplit: false,
    rolldownOptions: {
      // Node built-ins stay imports: sh-ui/nuxt's module runs in Node (it reads the prebuilt stylesheet).
      external: (id) => id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: {
        // One file per module keeps every component tree-shakable for consumers and size checks.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ssr',
          environment: 'node',
          include: ['test/ssr/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'mdc',
          environment: 'node',
          include: ['test/mdc/**/*.test.ts'],
          // @nuxtjs/mdc ships MDCRenderer as a .vue file: it must go through the Vue plugin.
          server: { deps: { inline: ['@nuxtjs/mdc'] } },
        },
      },
      {
        extends: true,
        // Vue's mismatch details as in a production build with `debug: { hydration: true }`: every hydration test fails on any mismatch.
        define: { __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true' },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromiumProvider,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Every story is a test: it must render, pass its `play` function and have no axe violations.
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: chromiumProvider,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
