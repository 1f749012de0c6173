import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { markRaw, onMounted, onUnmounted, ref } from 'vue'
import { expect } from 'storybook/test'
import ShCheckoutLinks from '../src/components/ShCheckoutLinks.vue'
import ShConfigProvider from '../src/components/ShConfigProvider.vue'
import ShFaq from '../src/components/ShFaq.vue'
import ShMarkdown from '../src/components/ShMarkdown.vue'
import ShSegment from '../src/components/ShSegment.vue'
import { dark, mobile } from './_shared/viewport'

type Story = StoryObj<typeof ShConfigProvider>

/** ShConfigProvider is a Vue component, not an MDC block: the snippets are the Vue a developer writes around the content. */
function vueSource(code: string) {
  return { docs: { source: { code: code.trim(), language: 'html' as const } } }
}

const components = { ShConfigProvider, ShSegment, ShCheckoutLinks, ShFaq }
const links = [
  { label: 'Join a work group', to: '/about/work-groups' },
  { label: 'Terms of use', to: '/about/terms' },
]

const meta = {
  title: 'Components/ShConfigProvider',
  component: ShConfigProvider,
  parameters: {
    docs: {
      description: {
        component:
          'Overrides class maps (`ui`, keyed by component), `unstyled` and the `markdown` renderer for everything inside it, layered over the plugin options and any outer provider (inner wins). It is not an MDC block: wrap a layout or page in it in Vue, so the snippets here are Vue templates, not MDC.',
      },
    },
  },
} satisfies Meta<typeof ShConfigProvider>

export default meta

const calloutUi = {
  segment: { wrapper: 'rounded-sh border-2 border-sh-accent p-6' },
  checkoutLinks: { wrapper: 'my-2 rounded-sh bg-sh-surface-muted p-4', title: 'text-lg' },
}

const padding = (element: Element | null) => getComputedStyle(element!).paddingTop

/** A provider restyles segments and link lists in its subtree; the sibling outside keeps the defaults. */
export const Default: Story = {
  args: { ui: calloutUi },
  render: (args) => ({
    components,
    setup: () => ({ args, links }),
    template: `<div>
      <ShConfigProvider v-bind="args">
        <ShSegment data-testid="inside"><p>Inside the provider: a bordered call-out.</p></ShSegment>
        <ShCheckoutLinks data-testid="inside-links" title="Inside the provider:" :links="links" />
      </ShConfigProvider>
      <ShSegment data-testid="outside"><p>Outside it: the default segment.</p></ShSegment>
      <ShCheckoutLinks data-testid="outside-links" title="Outside it:" :links="links" />
    </div>`,
  }),
  parameters: vueSource(`
<ShConfigProvider :ui="{
  segment: { wrapper: 'rounded-sh border-2 border-sh-accent p-6' },
  checkoutLinks: { wrapper: 'my-2 rounded-sh bg-sh-surface-muted p-4', title: 'text-lg' },
}">
  <ContentRenderer :value="page" />
</ShConfigProvider>`),
  play: async ({ canvas }) => {
    const inside = canvas.getByTestId('inside')
    const outside = canvas.getByTestId('outside')
    await expect(inside).toHaveClass('border-2', 'p-6', 'relative')
    await expect(outside.className).toBe('relative')
    await expect(padding(inside)).toBe('24px')
    await expect(padding(outside)).toBe('0px')
    await expect(padding(canvas.getByTestId('inside-links'))).toBe('16px')
    await expect(padding(canvas.getByTestId('outside-links'))).toBe('0px')
  },
}

const innerUi = { segment: { wrapper: 'p-2 border-dashed' } }

/** Providers nest: the inner one's classes win per key (tailwind-merge), the outer's others still apply. */
export const Nested: Story = {
  args: { ui: { segment: { wrapper: 'rounded-sh border-2 border-sh-accent p-6' } } },
  render: (args) => ({
    components,
    setup: () => ({ args, innerUi }),
    template: `<ShConfigProvider v-bind="args">
      <ShSegment data-testid="outer"><p>Outer provider only.</p></ShSegment>
      <ShConfigProvider :ui="innerUi">
        <ShSegment data-testid="inner"><p>Inner provider: less padding, dashed border.</p></ShSegment>
      </ShConfigProvider>
    </ShConfigProvider>`,
  }),
  parameters: vueSource(`
<ShConfigProvider :ui="{ segment: { wrapper: 'rounded-sh border-2 border-sh-accent p-6' } }">
  <ShSegment>Outer provider only.</ShSegment>
  <ShConfigProvider :ui="{ segment: { wrapper: 'p-2 border-dashed' } }">
    <ShSegment>Inner provider: less padding, dashed border.</ShSegment>
  </ShConfigProvider>
</ShConfigProvider>`),
  play: async ({ canvas }) => {
    const outer = canvas.getByTestId('outer')
    const inner = canvas.getByTestId('inner')
    await expect(padding(outer)).toBe('24px')
    await expect(padding(inner)).toBe('8px')
    await expect(inner).toHaveClass('border-2', 'border-dashed')
    await expect(inner).not.toHaveClass('p-6')
    await expect(getComputedStyle(inner).borderTopStyle).toBe('dashed')
    await expect(getComputedStyle(outer).borderTopStyle).toBe('solid')
  },
}

/** `unstyled` drops the default classes in a subtree, e.g. to restyle it from a site's own CSS. */
export const Unstyled: Story = {
  args: { unstyled: true },
  render: (args) => ({
    components,
    setup: () => ({ args, links }),
    template: `<div>
      <ShConfigProvider v-bind="args">
        <ShCheckoutLinks data-testid="bare" title="Unstyled:" :links="links" />
      </ShConfigProvider>
      <ShCheckoutLinks data-testid="styled" title="Default classes:" :links="links" />
    </div>`,
  }),
  parameters: vueSource(`
<ShConfigProvider unstyled>
  <ShCheckoutLinks :links="links" />
</ShConfigProvider>`),
  play: async ({ canvas }) => {
    const bare = canvas.getByTestId('bare')
    const styled = canvas.getByTestId('styled')
    await expect(bare.className).toBe('')
    await expect(styled).toHaveClass('my-6')
    await expect(getComputedStyle(bare.querySelector('ul')!).listStyleType).not.toBe('disc')
    await expect(getComputedStyle(styled.querySelector('ul')!).listStyleType).toBe('disc')
    // Unstyled, not broken: the links and the landmark are still there.
    await expect(canvas.getByRole('navigation', { name: 'Unstyled:' })).toBeInTheDocument()
    await expect(bare.querySelectorAll('a')).toHaveLength(2)
  },
}

const markdown = markRaw(ShMarkdown)
const qas = [{ q: 'Where do I **start**?', a: 'Read the [event guide](/events/guide){ target="_blank"} and *then* register.' }]
// Same markdown under another question, so ids and landmark names stay unique on the page.
const plainQas = [{ q: 'Where do I **begin**?', a: qas[0]!.a }]

/** `markdown` plugs a renderer into the FAQs inside; outside, the same entry shows as plain text. */
export const MarkdownOption: Story = {
  args: { markdown },
  render: (args) => ({
    components,
    setup: () => ({ args, qas, plainQas }),
    template: `<div>
      <ShConfigProvider v-bind="args">
        <ShFaq data-testid="rendered" title="With ShMarkdown" :qas="qas" default-open :schema="false" :hash-links="false" />
      </ShConfigProvider>
      <ShFaq data-testid="plain" title="Without a renderer" :qas="plainQas" default-open :schema="false" :hash-links="false" />
    </div>`,
  }),
  parameters: vueSource(`
<script setup>
import { ShMarkdown } from 'sh-ui'
</script>

<ShConfigProvider :markdown="ShMarkdown">
  <ShFaq :qas="[{ q: 'Where do I **start**?', a: 'Read the [event guide](/events/guide){ target=&quot;_blank&quot;} and *then* register.' }]" />
</ShConfigProvider>`),
  play: async ({ canvas }) => {
    const rendered = canvas.getByTestId('rendered')
    const plain = canvas.getByTestId('plain')
    await expect(rendered.querySelector('a[href="/events/guide"]')).toHaveAttribute('target', '_blank')
    await expect(rendered.querySelector('strong')?.textContent).toBe('start')
    await expect(plain.querySelector('a')).toBeNull()
    await expect(plain.querySelector('strong')).toBeNull()
    await expect(plain.textContent).toContain('Read the event guide and then register.')
  },
}

/** The Default layout in dark: overrides using `sh-*` tokens keep their contrast. */
export const Dark: Story = {
  ...Default,
  globals: dark,
  play: async ({ canvas }) => {
    const inside = canvas.getByTestId('inside')
    await expect(inside.closest('.dark')).not.toBeNull()
    await expect(padding(inside)).toBe('24px')
    // --sh-fg in dark is #f3f4f6.
    await expect(getComputedStyle(inside).color).toBe('rgb(243, 244, 246)')
  },
}

/** At 320px the restyled blocks stay inside the canvas. */
export const Mobile: Story = {
  ...Default,
  globals: mobile,
  play: async ({ canvas }) => {
    for (const id of ['inside', 'inside-links']) {
      const element = canvas.getByTestId(id)
      await expect(element.getBoundingClientRect().width).toBeLessThanOrEqual(320)
      await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1)
    }
  },
}

/**
 * Developer mistakes: `ui` as a class string instead of an object keyed by
 * component, an unknown component key, a misspelled slot. The subtree renders
 * with the defaults (and the valid overrides); the dev warnings are listed below.
 */
export const BadInput: Story = {
  render: () => ({
    components,
    setup() {
      const warnings = ref<string[]>([])
      const original = console.warn
      // Collects sh-ui's dev warnings from this render so they are visible in the story, not only in the console.
      console.warn = (...data: unknown[]) => {
        if (typeof data[0] === 'string' && data[0].startsWith('[sh-ui]')) warnings.value.push(data[0])
        original(...data)
      }
      const restore = () => (console.warn = original)
      onMounted(restore)
      onUnmounted(restore)
      const badUi = { segmnt: { wrapper: 'p-8' }, segment: { wraper: 'p-8', wrapper: 'border border-sh-border p-3' } }
      return { warnings, badUi }
    },
    template: `<div>
      <ShConfigProvider ui="p-4 border">
        <ShSegment data-testid="string-ui"><p>ui was a string: defaults apply.</p></ShSegment>
      </ShConfigProvider>
      <ShConfigProvider :ui="badUi">
        <ShSegment data-testid="typo-ui"><p>Unknown keys are ignored; the valid wrapper override applies.</p></ShSegment>
      </ShConfigProvider>
      <h2 class="mt-4 font-bold">Dev warnings</h2>
      <ul data-testid="warnings" class="list-disc ps-6 text-sm"><li v-for="message in warnings" :key="message">{{ message }}</li></ul>
    </div>`,
  }),
  parameters: vueSource(`
<!-- ui must be an object keyed by component -->
<ShConfigProvider ui="p-4 border">…</ShConfigProvider>
<!-- "segmnt" is not a component, "wraper" not a slot -->
<ShConfigProvider :ui="{ segmnt: { wrapper: 'p-8' }, segment: { wraper: 'p-8', wrapper: 'border p-3' } }">…</ShConfigProvider>`),
  play: async ({ canvas }) => {
    await expect(canvas.getByTestId('string-ui').className).toBe('relative')
    const typo = canvas.getByTestId('typo-ui')
    await expect(typo).toHaveClass('p-3', 'border')
    await expect(typo).not.toHaveClass('p-8')
    const warnings = canvas.getByTestId('warnings')
    await expect(warnings).toHaveTextContent('ShConfigProvider: ui must be an object keyed by component')
    await expect(warnings).toHaveTextContent('ShSegment: unknown key ui.segment.wraper is ignored')
  },
}
