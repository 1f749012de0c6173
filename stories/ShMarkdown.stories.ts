import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { expect } from 'storybook/test'
import ShMarkdown from '../src/components/ShMarkdown.vue'
import { mdcDocs } from './_shared/mdc'
import { dark, mobile } from './_shared/viewport'

type Story = StoryObj<typeof ShMarkdown>

/*
 * ShMarkdown has no class map of its own: inside ShFaq the answer's `ui.a`
 * styles it. The stories wrap it in the same classes so links look as in an answer.
 */
const answerClasses =
  'max-w-prose leading-relaxed text-sh-fg [&_a]:text-sh-link [&_a]:underline [&_a:hover]:text-sh-link-hover [&_p+p]:mt-3 [&_ul]:list-disc [&_ol]:list-decimal [&_:is(ul,ol)]:my-2 [&_:is(ul,ol)]:ps-6 [&_pre]:overflow-x-auto break-words'

const render: Story['render'] = (args) => ({
  components: { ShMarkdown },
  setup: () => ({ args, answerClasses }),
  template: `<div :class="answerClasses"><ShMarkdown v-bind="args" /></div>`,
})

/** Writers never use ShMarkdown directly: it renders the `a` (and `q`) of an FAQ entry, so the snippet shows that. */
function inFaq(answer: string, q = 'How is this answer written?') {
  return mdcDocs('ShFaq', { qas: [{ q, a: answer }] })
}

const meta = {
  title: 'Components/ShMarkdown',
  component: ShMarkdown,
  render,
  parameters: {
    docs: {
      description: {
        component:
          'The built-in markdown renderer for FAQ questions and answers, plugged in with `app.use(ShUi, { markdown: ShMarkdown })` (or `<ShConfigProvider :markdown="ShMarkdown">`): CommonMark, MDC link attributes (`[text](/url){ target="_blank"}`) and the inline HTML content already contains, all passed through an allow-list sanitiser. Snippets show the markdown as a writer puts it in an FAQ answer.',
      },
    },
  },
} satisfies Meta<typeof ShMarkdown>

export default meta

const commonMark = `Test events have **three goals** and an *informal* side:

* Check that the specification is clear.
* Let vendors test their products against each other.
* Meet other implementers.

Read the [event guide](/events/guide) first.  
Registration closes a week before each event.`

/** CommonMark: emphasis, a list, a link and a hard line break (two trailing spaces). */
export const Default: Story = {
  args: { source: commonMark },
  parameters: inFaq(commonMark),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('three goals').tagName).toBe('STRONG')
    await expect(canvas.getByText('informal').tagName).toBe('EM')
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3)
    await expect(canvas.getByRole('link', { name: 'event guide' })).toHaveAttribute('href', '/events/guide')
    const last = canvas.getByText(/Registration closes/)
    await expect(last.querySelector('br') ?? last.parentElement!.querySelector('br')).not.toBeNull()
    await expect(canvasElement.querySelectorAll('[data-slot="markdown"] > p')).toHaveLength(2)
  },
}

const mdcLinks = 'See the [events page](/events/test-events){ target="_blank"}; ask our [staff](/about/contact){ target="_blank"} if you would like to host one.'

/** MDC attributes after a link: `target="_blank"` opens a new tab and gets `rel="noopener noreferrer"`. */
export const MdcLinkAttributes: Story = {
  args: { source: mdcLinks },
  parameters: inFaq(mdcLinks),
  play: async ({ canvas, canvasElement }) => {
    const staff = canvas.getByRole('link', { name: 'staff' })
    await expect(staff).toHaveAttribute('href', '/about/contact')
    await expect(staff).toHaveAttribute('target', '_blank')
    await expect(staff).toHaveAttribute('rel', 'noopener noreferrer')
    // The `{ … }` never shows as text.
    await expect(canvasElement.textContent).not.toContain('{')
  },
}

const htmlAnchors = 'Start from the <a href="/home" target="_blank">home page</a> or the <a href="/specifications/registry">object registry</a>.'

/** Inline HTML anchors as older content writes them: kept, with `rel` added to `target="_blank"`. */
export const InlineHtmlAnchors: Story = {
  args: { source: htmlAnchors },
  parameters: inFaq(htmlAnchors),
  play: async ({ canvas }) => {
    const home = canvas.getByRole('link', { name: 'home page' })
    await expect(home).toHaveAttribute('href', '/home')
    await expect(home).toHaveAttribute('target', '_blank')
    await expect(home).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(canvas.getByRole('link', { name: 'object registry' })).not.toHaveAttribute('target')
  },
}

const closingBr = 'The registry lists every standard object.</br>Case studies are on the resources page.'

/** `</br>` (not valid HTML, but common in content) is a line break, as browsers treat it. */
export const ClosingBrTag: Story = {
  args: { source: closingBr },
  parameters: inFaq(closingBr),
  play: async ({ canvasElement }) => {
    const paragraph = canvasElement.querySelector('[data-slot="markdown"] p')!
    await expect(paragraph.querySelectorAll('br')).toHaveLength(1)
    await expect(paragraph.textContent).toBe('The registry lists every standard object.Case studies are on the resources page.')
  },
}

const question = 'What is **LwM2M** and where is the [spec](/specifications/lwm2m)?'

/** `inline`: one line without a wrapping paragraph, as ShFaq renders questions and titles. */
export const Inline: Story = {
  args: { source: question, inline: true },
  parameters: mdcDocs('ShFaq', { qas: [{ q: question, a: 'A device management protocol.' }] }),
  play: async ({ canvas, canvasElement }) => {
    const root = canvasElement.querySelector('[data-slot="markdown"]')!
    await expect(root.tagName).toBe('SPAN')
    await expect(root.querySelector('p')).toBeNull()
    await expect(canvas.getByText('LwM2M').tagName).toBe('STRONG')
    await expect(canvas.getByRole('link', { name: 'spec' })).toBeInTheDocument()
  },
}

/** Light text and link tokens on the dark surface (axe checks the contrast). */
export const Dark: Story = {
  ...Default,
  globals: dark,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.closest('.dark') ?? canvasElement.querySelector('.dark')).not.toBeNull()
    // --sh-fg in dark is #f3f4f6.
    await expect(getComputedStyle(canvas.getByText(/Registration closes/)).color).toBe('rgb(243, 244, 246)')
  },
}

/** At 320px the list and paragraphs wrap inside the canvas. */
export const Mobile: Story = {
  ...Default,
  globals: mobile,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="markdown"]')!
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320)
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1)
  },
}

const hostile = `Harmless text stays.

<script>window.__pwned = true</script>
<img src="x" onerror="window.__pwned = true" alt="broken">
[click me](javascript:window.__pwned=true)
<iframe src="https://evil.example/"></iframe>
<style>body { display: none }</style>
<a href="/safe" onclick="window.__pwned = true" style="color: red">safe link</a>`

/**
 * Hostile HTML pasted into an answer: scripts, styles and frames are dropped
 * with their content, event handlers and inline styles stripped, a `javascript:`
 * link becomes plain text. Nothing runs.
 */
export const BadInput: Story = {
  args: { source: hostile },
  parameters: inFaq(hostile),
  play: async ({ canvas, canvasElement }) => {
    const root = canvasElement.querySelector('[data-slot="markdown"]')!
    await expect(canvas.getByText('Harmless text stays.')).toBeVisible()
    await expect(root.querySelectorAll('script, iframe, style, object, embed')).toHaveLength(0)
    for (const element of root.querySelectorAll('*')) {
      for (const { name } of element.attributes) await expect(name).not.toMatch(/^on|^style$/)
    }
    for (const link of root.querySelectorAll('a')) await expect(link.getAttribute('href')).not.toMatch(/^\s*javascript:/i)
    await expect(canvas.queryByRole('link', { name: 'click me' })).toBeNull()
    await expect(canvas.getByRole('link', { name: 'safe link' })).toHaveAttribute('href', '/safe')
    await expect(root.textContent).not.toContain('__pwned = true')
    await expect((window as { __pwned?: boolean }).__pwned).toBeUndefined()
  },
}

const longContent = [
  '## Registration and the object model',
  ...Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1}: a client registers with its endpoint name, lifetime and supported objects; the server then **reads**, **writes** and *observes* resources, and the client reports changes when notification attributes say so.`),
  '1. Bootstrap\n2. Client registration\n3. Device management and service enablement\n4. Information reporting',
  'An unbroken reference: https://example.org/specifications/lightweight-m2m/technical-specification/core/version-1-2-2/appendix-object-registry',
  '```\nGET /3/0/1\n```',
].join('\n\n')

/** Headings, several paragraphs, an ordered list, an unbroken URL and code: nothing spills out. */
export const LongContent: Story = {
  args: { source: longContent },
  parameters: inFaq(longContent, 'How does a client register?'),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('heading', { level: 2, name: 'Registration and the object model' })).toBeInTheDocument()
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4)
    const root = canvasElement.querySelector<HTMLElement>('[data-slot="markdown"]')!
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1)
  },
}
