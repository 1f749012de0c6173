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
      // The docs site is a production build, yet its live editor and Bad input stories show sh-ui's dev
      // warnings, which a production build of an app drops (src/core/warn.ts): keep them on here only.
      plugins: [
        {
          name: 'sh-ui-docs-dev-warnings',
          enforce: 'pre' as const,
          transform: (code: string, id: string) => (id.endsWith('/src/core/warn.ts') ? code.replaceAll('process.env.NODE_ENV', '"development"') : undefined),
        },
      ],
      server: {
        watch: { ignored: ['**/dist/**', '**/.types/**', '**/bench/**', '**/storybook-static/**', '**/.vitest-*/**', '**/coverage/**'] },
      },
    }),
}

export default config
