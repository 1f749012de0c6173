import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { expect, userEvent } from 'storybook/test'
import ShCheckoutLinks from '../src/components/ShCheckoutLinks.vue'
import type { CheckoutLink } from '../src/core/links'
import { mdcDocs, mdcSource } from './_shared/mdc'
import { dark, mobile } from './_shared/viewport'

type Story = StoryObj<typeof ShCheckoutLinks>

const meta = {
  title: 'Components/ShCheckoutLinks',
  component: ShCheckoutLinks,
  parameters: {
    docs: {
      description: {
        component:
          'The "Checkout as well:" block: a `nav` landmark named by its title, listing related pages. Give it `links`, or a plain markdown list in the default slot. External links open in a new tab and say so; unsafe URLs are shown as plain text.',
      },
    },
  },
} satisfies Meta<typeof ShCheckoutLinks>

export default meta

const aboutLinks: CheckoutLink[] = [
  { label: 'Join a work group', to: '/about/work-groups' },
  { label: 'Intellectual property rights', to: '/about/ipr' },
  { label: 'Frequently asked questions', to: '/about/faq' },
  { label: 'Terms of use', to: '/about/terms' },
]

export const Default: Story = {
  args: { links: aboutLinks },
  parameters: mdcDocs('ShCheckoutLinks', { links: aboutLinks }),
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'Checkout as well:' })
    await expect(nav).toBeVisible()
    await expect(canvas.getAllByRole('link')).toHaveLength(4)
  },
}

/** Tab reaches every link in order, each with a visible focus outline in the focus colour. */
export const KeyboardFocus: Story = {
  args: { links: aboutLinks.slice(0, 2) },
  parameters: mdcDocs('ShCheckoutLinks', { links: aboutLinks.slice(0, 2) }),
  play: async ({ canvas, globals }) => {
    const [first, second] = canvas.getAllByRole('link')
    await userEvent.tab()
    await expect(first).toHaveFocus()
    await expect(getComputedStyle(first!).outlineStyle).toBe('solid')
    // --sh-focus is #2563eb in light and #93c5fd in dark (the toolbar's Theme).
    await expect(getComputedStyle(first!).outlineColor).toBe(globals.theme === 'dark' ? 'rgb(147, 197, 253)' : 'rgb(37, 99, 235)')
    await userEvent.tab()
    await expect(second).toHaveFocus()
  },
}

/** As on the "about" pages: the block sits on one of the pages it lists, which is marked current. */
export const SeedContent: Story = {
  args: { links: aboutLinks, currentPath: '/about/faq', description: 'Keep the list to five links or fewer.' },
  parameters: mdcDocs('ShCheckoutLinks', { links: aboutLinks, description: 'Keep the list to five links or fewer.' }),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Frequently asked questions' })).toHaveAttribute('aria-current', 'page')
    await expect(canvas.getByRole('link', { name: 'Terms of use' })).not.toHaveAttribute('aria-current')
    await expect(canvas.queryByText('Keep the list to five links or fewer.')).toBeNull()
  },
}

const customUi = {
  wrapper: 'rounded-sh border border-sh-border bg-sh-surface-muted p-4',
  title: 'text-sm uppercase tracking-wide text-sh-muted',
  list: 'flex list-none flex-wrap gap-2 ps-0',
  link: 'inline-block rounded-full border border-sh-border px-3 py-1 no-underline',
}

/** The list turned into pills through `ui` alone. */
export const CustomUi: Story = {
  args: { title: 'Related pages', links: aboutLinks, ui: customUi },
  parameters: mdcDocs('ShCheckoutLinks', { title: 'Related pages', links: aboutLinks, ui: customUi }),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('navigation', { name: 'Related pages' })).toHaveClass('bg-sh-surface-muted')
    // Merged, not replaced: the pill keeps the default link colour.
    await expect(canvas.getByRole('link', { name: 'Terms of use' })).toHaveClass('rounded-full', 'text-sh-link')
  },
}

export const Dark: Story = {
  ...SeedContent,
  globals: dark,
  play: async ({ canvas }) => {
    // --sh-link in dark is #93c5fd, readable on the dark surface.
    await expect(getComputedStyle(canvas.getByRole('link', { name: 'Terms of use' })).color).toBe('rgb(147, 197, 253)')
  },
}

const specLinks: CheckoutLink[] = [
  { label: 'Core technical specification, version 1.2.2, including the bootstrap and registration interfaces', to: '/specs/core', description: 'The normative text every client and server implements.' },
  { label: 'Transport bindings', to: '/specs/transport', description: 'UDP, DTLS, TCP, TLS, SMS, Non-IP and LoRaWAN.' },
  { label: 'Object and resource registry', to: 'https://registry.example.org/objects', description: 'Every registered object with its resources, hosted outside this site.' },
  { label: 'Test specification', to: '/specs/test' },
  { label: 'Enabler test requirements', to: '/specs/etr' },
  { label: 'Release notes', to: '/specs/release-notes' },
  { label: 'Errata', to: '/specs/errata' },
  { label: 'Migration guide from 1.1', to: '/specs/migration' },
]

/** Long labels, descriptions and an external link wrap inside the block. */
export const LongContent: Story = {
  args: { title: 'Checkout as well these related specification documents:', links: specLinks },
  parameters: mdcDocs('ShCheckoutLinks', { title: 'Checkout as well these related specification documents:', links: specLinks }),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(specLinks.length)
    const nav = canvasElement.querySelector<HTMLElement>('nav')!
    await expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth + 1)
  },
}

const externalLinks: CheckoutLink[] = [
  { label: 'Eclipse Leshan', to: 'https://eclipse.dev/leshan/' },
  { label: 'Interop portal', to: '/interop', external: true },
  { label: 'Local guide', to: '/guide' },
]

/** Absolute URLs and `external: true` open in a new tab, with an icon and a screen-reader note. */
export const ExternalLinks: Story = {
  args: { links: externalLinks },
  parameters: mdcDocs('ShCheckoutLinks', { links: externalLinks }),
  play: async ({ canvas }) => {
    const leshan = canvas.getByRole('link', { name: /Eclipse Leshan/ })
    await expect(leshan).toHaveAttribute('target', '_blank')
    await expect(leshan).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(leshan).toHaveAccessibleName('Eclipse Leshan (opens in a new tab)')
    await expect(canvas.getByRole('link', { name: /Interop portal/ })).toHaveAttribute('target', '_blank')
    await expect(canvas.getByRole('link', { name: 'Local guide' })).not.toHaveAttribute('target')
  },
}

const badLinks = [
  { label: 'Run a script', to: 'javascript:alert(1)' },
  { label: 'Old IE trick', to: 'vbscript:msgbox(1)' },
  { label: 'Inline page', to: 'data:text/html,<script>alert(1)</script>' },
  { label: '', to: '/no-label' },
  { to: '/missing-label' },
  { label: 'A fine link', to: '/fine' },
] as unknown as CheckoutLink[]

/**
 * Unsafe schemes become plain text, items without a label are skipped, and a
 * broken JSON `ui` falls back to the defaults: the rest of the list still works.
 */
export const BadInput: Story = {
  args: { links: badLinks, ui: '{"wrapper": "border"' },
  parameters: mdcDocs('ShCheckoutLinks', { links: badLinks, ui: '{"wrapper": "border"' }),
  play: async ({ canvas }) => {
    const text = canvas.getByText('Run a script')
    await expect(text.closest('a')).toBeNull()
    await expect(canvas.getByText('Inline page').closest('a')).toBeNull()
    await expect(canvas.getAllByRole('link')).toHaveLength(1)
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4)
    await expect(canvas.getByRole('navigation')).toHaveClass('my-6')
  },
}

/** `links` as a JSON string, the way MDC hands over `:links='[...]'`. */
export const JsonStringLinks: Story = {
  args: { links: JSON.stringify(aboutLinks.slice(0, 2)), ui: JSON.stringify({ title: 'text-lg' }) },
  // The inline-binding form this story is about: JSON in single quotes.
  parameters: mdcSource(`::ShCheckoutLinks{:links='${JSON.stringify(aboutLinks.slice(0, 2))}' :ui='{"title":"text-lg"}'}\n::`),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('link')).toHaveLength(2)
    await expect(canvas.getByText('Checkout as well:')).toHaveClass('text-lg', 'font-bold')
  },
}

export const Mobile: Story = {
  ...LongContent,
  globals: mobile,
}

const slotMarkdown = aboutLinks.map((link) => `- [${link.label}](${link.to})`).join('\n')

/** What MDC produces from a plain markdown list in the block: styled like the `links` form. */
export const SlotList: Story = {
  args: {},
  render: (args) => ({
    components: { ShCheckoutLinks },
    setup: () => ({ args, aboutLinks }),
    template: `<ShCheckoutLinks v-bind="args">
      <ul><li v-for="link in aboutLinks" :key="link.to"><a :href="link.to">{{ link.label }}</a></li></ul>
    </ShCheckoutLinks>`,
  }),
  parameters: mdcDocs('ShCheckoutLinks', {}, slotMarkdown),
  play: async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: 'Terms of use' })
    await expect(getComputedStyle(link).textDecorationLine).toBe('underline')
    await expect(getComputedStyle(link.closest('ul')!).listStyleType).toBe('disc')
    await expect(canvas.getByRole('navigation', { name: 'Checkout as well:' })).toBeVisible()
  },
}
