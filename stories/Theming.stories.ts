import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { expect, userEvent } from 'storybook/test'
import ShConfigProvider from '../src/components/ShConfigProvider.vue'
import ShSegment from '../src/components/ShSegment.vue'
import ThemeTable from './_shared/ThemeTable.vue'
import TokenTable from './_shared/TokenTable.vue'
import UiEditor from './_shared/UiEditor.vue'
import { themeRows, themes } from './_shared/themes'
import { mdcSnippet, mdcSource } from './_shared/mdc'
import { dark } from './_shared/viewport'

/** The stories behind the Theming page (Theming.mdx): generated class-map tables and the live editor. */
const meta = {
  title: 'Theming',
  // The Theming page is Theming.mdx; no generated docs page next to it.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta

export default meta

type Story = StoryObj<typeof meta>

/** Every theme file's keys and default classes, read from `src/theme/*.ts` at build time. */
export const ClassMaps: Story = {
  render: () => ({ components: { ThemeTable }, template: '<ThemeTable />' }),
  parameters: mdcSource('::ShSegment\n---\nui:\n  wrapper: p-4\n---\nAny key listed above can be set like this.\n::'),
  play: async ({ canvas }) => {
    // One table per theme file, with one row per class string: nothing is written by hand.
    await expect(canvas.getAllByRole('table')).toHaveLength(themes.length)
    const segment = themes.find((entry) => entry.key === 'segment')!
    for (const row of themeRows(segment.theme)) await expect(canvas.getAllByRole('rowheader', { name: row.path }).length).toBeGreaterThan(0)
  },
}

/** The design tokens with their light and dark values, read from src/styles/tokens.css. */
export const Tokens: Story = {
  render: () => ({ components: { TokenTable }, template: '<TokenTable />' }),
  parameters: mdcSource('Re-brand a site by overriding these custom properties, e.g. :root { --sh-link: #0b5cad; }'),
  play: async ({ canvas }) => {
    const fg = canvas.getByRole('rowheader', { name: '--sh-fg' }).closest('tr')!
    await expect(fg).toHaveTextContent('sh-fg')
    await expect(fg).toHaveTextContent(/#[0-9a-f]{6}.*#[0-9a-f]{6}/i)
    await expect(canvas.getByRole('rowheader', { name: '--sh-radius' }).closest('tr')).toHaveTextContent('rounded-sh')
  },
}

/** Edit the JSON and watch the component change; mistakes show the library's warning instead of breaking. */
export const LiveEditor: Story = {
  render: () => ({ components: { UiEditor }, template: '<UiEditor />' }),
  parameters: mdcSource('Edit the ui map above: the MDC block under the preview is ready to copy.'),
}

/** What the editor does with good and bad input, played as a test (kept apart so LiveEditor opens untouched). */
export const LiveEditorTyping: Story = {
  ...LiveEditor,
  play: async ({ canvas, step }) => {
    const editor = canvas.getByLabelText('ui (JSON)')
    const wrapper = () => canvas.getByTestId('ui-preview').querySelector('[data-slot="wrapper"]')

    await step('a valid map restyles the preview', async () => {
      await userEvent.clear(editor)
      await userEvent.click(editor)
      await userEvent.paste('{"wrapper": "rounded-sh border-4 border-sh-accent p-8"}')
      await expect(wrapper()).toHaveClass('border-4', 'p-8')
      await expect(canvas.getByTestId('ui-snippet')).toHaveTextContent('wrapper: rounded-sh border-4 border-sh-accent p-8')
    })

    await step('broken JSON shows the warning and falls back to the defaults', async () => {
      await userEvent.type(editor, '{backspace}')
      await expect(canvas.getByTestId('ui-warnings')).toHaveTextContent(/ShSegment: .*not valid JSON/)
      await expect(wrapper()).toHaveClass('relative')
      await expect(wrapper()).not.toHaveClass('p-8')
    })

    await step('an unknown key is named in the warning', async () => {
      await userEvent.clear(editor)
      await userEvent.paste('{"wraper": "p-2"}')
      await expect(canvas.getByTestId('ui-warnings')).toHaveTextContent(/unknown key .*wraper/)
    })
  },
}

export const LiveEditorDark: Story = {
  ...LiveEditor,
  globals: dark,
}

export const LiveEditorCheckoutLinks: Story = {
  render: () => ({ components: { UiEditor }, template: '<UiEditor initial="ShCheckoutLinks" />' }),
  parameters: LiveEditor.parameters,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('navigation', { name: 'Checkout as well:' })).toHaveClass('p-4')
    await expect(canvas.getByTestId('ui-snippet')).toHaveTextContent('::ShCheckoutLinks')
  },
}

/** The FAQ in the editor: nested keys such as `header.title` restyle their element. */
export const LiveEditorFaq: Story = {
  render: () => ({ components: { UiEditor }, template: '<UiEditor initial="ShFaq" />' }),
  parameters: LiveEditor.parameters,
  play: async ({ canvas }) => {
    await expect(canvas.getByTestId('ui-preview').querySelector('[data-slot="header.title"]')).toHaveClass('text-2xl')
    await expect(canvas.getByTestId('ui-snippet')).toHaveTextContent('::ShFaq')
  },
}

/** The data table in the editor, keyed like `::ShDynamicTable` blocks (`th.color`). */
export const LiveEditorDataTable: Story = {
  render: () => ({ components: { UiEditor }, template: '<UiEditor initial="ShDataTable" />' }),
  parameters: LiveEditor.parameters,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('columnheader', { name: /Company Name/ })).toHaveClass('text-sh-accent')
    await expect(canvas.getByTestId('ui-snippet')).toHaveTextContent('::ShDataTable')
  },
}

/**
 * The merge order at work: an outer provider, an inner provider, the `ui` prop
 * and the `class` attribute each add to or replace (tailwind-merge) what came before.
 */
export const Precedence: Story = {
  render: () => ({
    components: { ShConfigProvider, ShSegment },
    setup: () => ({
      outer: { segment: { wrapper: 'rounded-sh border border-sh-border p-2' } },
      inner: { segment: { wrapper: 'p-4' } },
    }),
    template: `<ShConfigProvider :ui="outer">
      <ShConfigProvider :ui="inner">
        <ShSegment :ui="{ wrapper: 'bg-sh-surface-muted' }" class="border-2">
          <p>Outer provider: rounded border, p-2. Inner provider: p-4 replaces p-2. ui prop: muted background. class: border-2.</p>
        </ShSegment>
      </ShConfigProvider>
    </ShConfigProvider>`,
  }),
  parameters: mdcSource(mdcSnippet('ShSegment', { ui: { wrapper: 'bg-sh-surface-muted' } }, 'Providers and the plugin are set up by developers; content only sets ui.')),
  play: async ({ canvasElement }) => {
    const wrapper = canvasElement.querySelector('[data-slot="wrapper"]')
    await expect(wrapper).toHaveClass('rounded-sh', 'border-sh-border', 'p-4', 'bg-sh-surface-muted', 'border-2')
    await expect(wrapper).not.toHaveClass('p-2')
    await expect(wrapper).not.toHaveClass('border')
  },
}
