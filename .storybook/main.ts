import type { StorybookConfig } from '@storybook/vue3-vite'

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/vue3-vite',
    // vue-component-meta reads the props' TypeScript types and JSDoc (vue-docgen-api is deprecated).
    options: { docgen: { plugin: 'vue-component-meta', tsconfig: 'tsconfig.json' } },
  },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
}

export default config
