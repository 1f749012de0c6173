import { addons } from 'storybook/manager-api'
import { create } from 'storybook/theming'
import pkg from '../package.json' with { type: 'json' }

// The hosted docs describe one release: the sidebar's title carries its version as a badge,
// so a reader can tell which sh-ui the examples and props tables match.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: `<span>sh-ui</span> <span data-version-badge style="margin-left:6px;padding:1px 6px;border-radius:9999px;border:1px solid currentColor;font-size:11px;font-weight:600">v${pkg.version}</span>`,
    brandUrl: './',
  }),
})
