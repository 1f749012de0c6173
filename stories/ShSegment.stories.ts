import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { expect } from 'storybook/test'
import ShSegment from '../src/components/ShSegment.vue'
import { mdcDocs, mdcSnippet, mdcSource } from './_shared/mdc'
import { dark, mobile } from './_shared/viewport'

type Story = StoryObj<typeof ShSegment>

/** A story that renders `template` (slot markup) inside ShSegment with the story's args. */
function withSlot(template: string): Story['render'] {
  return (args) => ({
    components: { ShSegment },
    setup: () => ({ args }),
    template: `<ShSegment v-bind="args">${template}</ShSegment>`,
  })
}

const meta = {
  title: 'Components/ShSegment',
  component: ShSegment,
  parameters: {
    docs: {
      description: {
        component:
          'A styled wrapper around any block of markdown or HTML. Style it with `ui.wrapper` / `ui.inner`, add a decorative `imageBackground`. `description` is a note for content writers and is never rendered.',
      },
    },
  },
  argTypes: {
    as: { control: 'select', options: ['div', 'section', 'article', 'aside'] },
  },
} satisfies Meta<typeof ShSegment>

export default meta

const intro = 'LwM2M lets a server manage millions of constrained devices over CoAP.'

export const Default: Story = {
  args: {},
  render: withSlot(`<p>${intro}</p>`),
  parameters: mdcDocs('ShSegment', {}, intro),
  play: async ({ canvas }) => {
    const text = canvas.getByText(intro)
    await expect(text.closest('[data-slot="wrapper"]')).toHaveClass('relative')
  },
}

const seedUi = { wrapper: 'rounded-xl border border-sh-border bg-cyan-100 p-4 shadow-md dark:bg-cyan-900' }
const seedMarkdown = `The **Interop Test Fest** brings client and server vendors together to check their LwM2M stacks against each other.

Read the [event guide](/events/testfest-guide) before you register.`

/** The kind of block the OMA pages are full of: a tinted card with markdown and a link. */
export const SeedContent: Story = {
  args: { ui: seedUi, description: 'Highlighted call-out, keep it short.' },
  render: withSlot(`
    <p class="mb-2">The <strong>Interop Test Fest</strong> brings client and server vendors together to check their LwM2M stacks against each other.</p>
    <p>Read the <a class="text-sh-link underline" href="/events/testfest-guide">event guide</a> before you register.</p>`),
  parameters: mdcDocs('ShSegment', { ui: seedUi, description: 'Highlighted call-out, keep it short.' }, seedMarkdown),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'event guide' })).toHaveAttribute('href', '/events/testfest-guide')
    // The note for content writers never reaches the page.
    await expect(canvas.queryByText('Highlighted call-out, keep it short.')).toBeNull()
  },
}

const customUi = {
  wrapper: 'rounded-sh border-2 border-sh-accent bg-sh-surface-muted p-6',
  inner: 'mx-auto max-w-prose space-y-2 text-lg',
}

/** Every class-map key overridden; the `class` attribute still wins on the root. */
export const CustomUi: Story = {
  args: { ui: customUi, as: 'section', class: 'p-10' } as Story['args'],
  render: withSlot(`<h2 class="text-xl font-bold">Object model</h2><p>Each resource lives under an object and an instance: <code>/3/0/1</code> is the device model number.</p>`),
  parameters: mdcDocs(
    'ShSegment',
    { ui: customUi, as: 'section' },
    '## Object model\n\nEach resource lives under an object and an instance: `/3/0/1` is the device model number.',
  ),
  play: async ({ canvasElement }) => {
    const wrapper = canvasElement.querySelector('section[data-slot="wrapper"]')
    await expect(wrapper).toHaveClass('border-2', 'p-10')
    // tailwind-merge: the class attribute's p-10 replaced the ui map's p-6.
    await expect(wrapper).not.toHaveClass('p-6')
    await expect(canvasElement.querySelector('[data-slot="inner"]')).toHaveClass('max-w-prose')
  },
}

/** The seed card with the toolbar set to dark: `dark:` classes and the tokens switch. */
export const Dark: Story = {
  ...SeedContent,
  globals: dark,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-slot="wrapper"]')!
    await expect(root.closest('.dark')).not.toBeNull()
    // --sh-fg in dark is #f3f4f6: light text on the dark cyan card.
    await expect(getComputedStyle(root).color).toBe('rgb(243, 244, 246)')
  },
}

const longTitle = 'Bootstrap, registration, device management and information reporting interfaces explained'

/** Headings, lists and an unbreakable URL: the wrapper grows, nothing spills out. */
export const LongContent: Story = {
  args: { ui: { wrapper: 'rounded-sh border border-sh-border p-4', inner: 'space-y-3 break-words' } },
  render: withSlot(`
    <h2 class="text-2xl font-bold">${longTitle}</h2>
    ${Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: a client registers with its endpoint name, lifetime and supported objects; the server then reads, writes and observes resources, and the client reports changes when notification attributes say so.</p>`).join('')}
    <ul class="list-disc ps-6"><li>Bootstrap</li><li>Client registration</li><li>Device management and service enablement</li><li>Information reporting</li></ul>
    <p>https://example.org/specifications/lightweight-m2m/technical-specification/core/version-1-2-2/appendix-object-registry</p>`),
  parameters: mdcDocs(
    'ShSegment',
    { ui: { wrapper: 'rounded-sh border border-sh-border p-4', inner: 'space-y-3 break-words' } },
    `## ${longTitle}\n\nParagraph 1: a client registers…\n\n- Bootstrap\n- Client registration`,
  ),
  play: async ({ canvasElement }) => {
    const wrapper = canvasElement.querySelector<HTMLElement>('[data-slot="wrapper"]')!
    await expect(wrapper.scrollWidth).toBeLessThanOrEqual(wrapper.clientWidth + 1)
  },
}

/**
 * What a content writer can get wrong: broken JSON in `ui`, a background URL
 * trying to break out of `url()`, a forbidden tag. The page still shows the
 * content with the default classes; the console has one warning per mistake.
 */
export const BadInput: Story = {
  args: {
    ui: '{"wrapper": "p-4 border"',
    imageBackground: 'x.png"); background: url("https://evil.example/track',
    as: 'script',
  },
  render: withSlot('<p>The content still renders.</p>'),
  parameters: mdcDocs(
    'ShSegment',
    { ui: '{"wrapper": "p-4 border"', imageBackground: 'javascript:alert(1)', as: 'script' },
    'The content still renders.',
  ),
  play: async ({ canvas, canvasElement }) => {
    const wrapper = canvas.getByText('The content still renders.').closest('[data-slot="wrapper"]')!
    await expect(wrapper.tagName).toBe('DIV')
    await expect(wrapper.className).toBe('relative')
    const background = canvasElement.querySelector<HTMLElement>('[data-slot="background"]')!
    // Quotes, parentheses and `;` are percent-encoded: one background-image, no second declaration.
    await expect([...background.style]).toEqual(['background-image'])
    await expect(background.style.backgroundImage).toMatch(/^url\("x\.png%22%29%3B/)
  },
}

/** `javascript:` as a background is dropped entirely. */
export const UnsafeBackground: Story = {
  args: { imageBackground: 'javascript:alert(1)', ui: { wrapper: 'rounded-sh border border-sh-border p-4' } },
  render: withSlot('<p>No background layer is drawn for an unsafe URL.</p>'),
  parameters: mdcDocs('ShSegment', { imageBackground: 'javascript:alert(1)' }, 'No background layer is drawn for an unsafe URL.'),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="background"]')).toBeNull()
  },
}

/** At 320px wide the card keeps its padding and the text wraps inside it. */
export const Mobile: Story = {
  ...SeedContent,
  globals: mobile,
  play: async ({ canvasElement }) => {
    const wrapper = canvasElement.querySelector<HTMLElement>('[data-slot="wrapper"]')!
    await expect(wrapper.getBoundingClientRect().width).toBeLessThanOrEqual(320)
    await expect(wrapper.scrollWidth).toBeLessThanOrEqual(wrapper.clientWidth + 1)
  },
}

const outerUi = { wrapper: 'rounded-xl bg-sh-surface-muted p-4', inner: 'grid gap-4 sm:grid-cols-2' }
const cardUi = { wrapper: 'rounded-sh border border-sh-border bg-sh-surface p-4' }

/** Segments inside a segment: each keeps its own `ui`. */
export const Nested: Story = {
  args: { ui: outerUi },
  render: (args) => ({
    components: { ShSegment },
    setup: () => ({ args, cardUi }),
    template: `<ShSegment v-bind="args">
      <ShSegment :ui="cardUi"><h3 class="font-bold">Client</h3><p>Runs on the device.</p></ShSegment>
      <ShSegment :ui="cardUi"><h3 class="font-bold">Server</h3><p>Manages the fleet.</p></ShSegment>
    </ShSegment>`,
  }),
  parameters: mdcSource(
    mdcSnippet(
      'ShSegment',
      { ui: outerUi },
      [
        mdcSnippet('ShSegment', { ui: cardUi }, '### Client\n\nRuns on the device.', 1),
        mdcSnippet('ShSegment', { ui: cardUi }, '### Server\n\nManages the fleet.', 1),
      ].join('\n\n'),
    ),
  ),
  play: async ({ canvasElement }) => {
    const wrappers = canvasElement.querySelectorAll('[data-slot="wrapper"]')
    await expect(wrappers).toHaveLength(3)
    await expect(wrappers[1]).toHaveClass('border')
    await expect(wrappers[0]).not.toHaveClass('border')
  },
}

const backgroundArgs = {
  // Relative, so the image also loads when the docs site is served from a sub-path (GitHub Pages' /sh-ui/).
  imageBackground: 'assets/circuit.svg',
  imageBackgroundClass: 'opacity-40 bg-repeat bg-auto',
  ui: { wrapper: 'overflow-hidden rounded-xl border border-sh-border p-8', inner: 'font-semibold' },
}

/** A decorative background layer (hidden from assistive tech) behind the content. */
export const BackgroundImage: Story = {
  args: backgroundArgs,
  render: withSlot('<p class="rounded-sh bg-sh-surface p-3">Connect your device to the test server.</p>'),
  parameters: mdcDocs('ShSegment', backgroundArgs, 'Connect your device to the test server.'),
  play: async ({ canvasElement }) => {
    const layer = canvasElement.querySelector<HTMLElement>('[data-slot="background"]')!
    await expect(layer).toHaveAttribute('aria-hidden', 'true')
    await expect(layer.style.backgroundImage).toContain('assets/circuit.svg')
    await expect(layer).toHaveClass('opacity-40')
  },
}
