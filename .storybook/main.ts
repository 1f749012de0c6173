import type { StorybookConfig } from '@storybook/vue3-vite'
import remarkGfm from 'remark-gfm'
import { mergeConfig } from 'vite'

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GFM tables in the docs pages (the MDC settings tables of "Writing blocks in MDC").
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: {
    name: '@storybook/vue3-vite',
    // vue-component-meta reads the props' TypeScript types and JSDoc (vue-docgen-api is deprecated).
    options: { docgen: { plugin: 'vue-component-meta', tsconfig: 'tsconfig.json' } },
  },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  // Build outputs written by other commands (npm run build, bench, tests) must not reload the page a designer is on.
  viteFinal: (config) =>
    mergeConfig(config, {
      server: {
        watch: { ignored: ['**/dist/**', '**/.types/**', '**/bench/**', '**/storybook-static/**', '**/.vitest-*/**', '**/coverage/**'] },
      },
    }),
}

export default config
