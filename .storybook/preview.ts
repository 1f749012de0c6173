import type { Decorator, Preview } from '@storybook/vue3-vite'
import { h } from 'vue'
import { MINIMAL_VIEWPORTS } from 'storybook/viewport'
import './storybook.css'

type ColourScheme = 'light' | 'dark'

/**
 * Wraps every story (canvas and docs blocks alike) in the chosen scheme's class,
 * on a token-coloured surface: axe then measures contrast against the real
 * background, and `.light` shields the story from a dark OS preference.
 */
const withColourScheme: Decorator = (story, context) => {
  const scheme: ColourScheme = context.globals.theme === 'dark' ? 'dark' : 'light'
  const fill = context.viewMode === 'docs' ? 'p-6' : 'min-h-screen p-6'
  return {
    name: 'ColourScheme',
    render: () => h('div', { class: [scheme, 'bg-sh-surface font-sh text-sh-fg', fill], 'data-colour-scheme': scheme }, h(story())),
  }
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the story (puts .light or .dark on its root)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [withColourScheme],
  parameters: {
    layout: 'fullscreen',
    // Any axe violation fails the story's test (in Vitest and in the Storybook test panel).
    a11y: { test: 'error' },
    viewport: { options: MINIMAL_VIEWPORTS },
    controls: { expanded: true },
    docs: { codePanel: true, source: { language: 'md' } },
    options: {
      storySort: { order: ['Introduction', 'Installation', 'Theming', 'Components', '*'] },
    },
  },
}

export default preview
