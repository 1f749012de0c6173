import type { Decorator, Meta, StoryObj } from '@storybook/vue3-vite'
import { markRaw, ref } from 'vue'
import { expect, userEvent, waitFor } from 'storybook/test'
import ShFaq from '../src/components/ShFaq.vue'
import ShFaqItem from '../src/components/ShFaqItem.vue'
import ShMarkdown from '../src/components/ShMarkdown.vue'
import ShConfigProvider from '../src/components/ShConfigProvider.vue'
import { mdcDocs, mdcSnippet, mdcSource } from './_shared/mdc'
import { dark, mobile } from './_shared/viewport'

type Story = StoryObj<typeof ShFaq>

const markdown = markRaw(ShMarkdown)

/**
 * Stories render markdown with ShMarkdown, as an app does after
 * `app.use(ShUi, { markdown: ShMarkdown })`; `parameters.markdown: false` shows the plain-text fallback.
 */
const withMarkdown: Decorator = (story, context) =>
  context.parameters.markdown === false ? story() : ({
  components: { ShConfigProvider, story: story() },
  setup: () => ({ markdown }),
  template: '<ShConfigProvider :markdown="markdown"><story /></ShConfigProvider>',
  })

const meta = {
  title: 'Components/ShFaq',
  component: ShFaq,
  decorators: [withMarkdown],
  parameters: {
    docs: {
      description: {
        component:
          'An accessible FAQ block: questions are buttons in headings (WAI-ARIA accordion), answers stay in the page for search engines and find-in-page, every question has a deep link (`#<id>`), an optional search box filters and highlights, and schema.org FAQPage data is emitted. Answers are markdown when a renderer is plugged in (`app.use(ShUi, { markdown: ShMarkdown })`), plain text otherwise. With @unhead/vue in the app (Nuxt has it) every block of a page feeds one FAQPage in `<head>`; without it each block carries its own `<script type="application/ld+json">`. Long answers can be written as child items: `:::ShFaqItem{q="…"}` with markdown inside.',
      },
    },
  },
  argTypes: {
    level: { control: { type: 'number', min: 2, max: 6 } },
  },
} satisfies Meta<typeof ShFaq>

export default meta

const basic = [
  { q: 'What does this block do?', a: 'It lists questions with their answers, one below the other.' },
  { q: 'How do I add a question?', a: 'Add an entry with a `q` and an `a` to the `qas` list.' },
]

/** The smallest block a content writer writes: a list of `q` / `a` pairs. */
export const Default: Story = {
  args: { qas: basic },
  parameters: mdcDocs('ShFaq', { qas: basic }),
  play: async ({ canvas, canvasElement }) => {
    const question = canvas.getByRole('button', { name: 'How do I add a question?' })
    await expect(question).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(question)
    await expect(question).toHaveAttribute('aria-expanded', 'true')
    await expect(canvasElement.querySelectorAll('[data-slot=divider]')).toHaveLength(1)
  },
}

const seed = [
  { q: 'What is a device management protocol?', a: 'A set of messages a server uses to configure, monitor and update devices in the field without visiting them.' },
  {
    q: 'Why does a small sensor need one?',
    a: 'Battery-powered sensors sleep most of the time and talk over slow radio links. A lightweight protocol keeps each exchange short,\nso firmware updates and settings still reach them.',
  },
  { q: 'Who maintains the specification?', a: 'An open standards body publishes it and keeps a public registry of the objects devices expose.' },
  { q: 'Relationship between the standards body and the protocol', a: 'The body hosts the working group that writes the protocol, runs test events for implementers and publishes every version.' },
]

/** Sample content shaped like the seed page: plain questions, one answer wrapped over two lines. */
export const SeedContent: Story = {
  args: { qas: seed },
  parameters: mdcDocs('ShFaq', { qas: seed }),
  play: async ({ canvas }) => {
    for (const { q } of seed) await expect(canvas.getByRole('button', { name: q })).toBeInTheDocument()
    await expect(canvas.getByText(/keeps each exchange short, so firmware/, { selector: '[data-slot=a] *' })).toBeInTheDocument()
  },
}

const siteUi = {
  header: { wrapper: 'font-bold text-xl mb-4', title: 'text-2xl' },
  wrapper: 'border p-4',
  inner: 'mb-2',
  question: 'cursor-pointer text-blue-700 dark:text-blue-300',
  answer: 'text-gray-700 dark:text-gray-200',
  divider: 'border-t my-2',
}
const fixtureLike = [
  {
    q: 'What happens at an interoperability test event?',
    a: 'Test events have three goals:\n* Check that the specification is clear.\n* Let vendors test their products against each other.\n* Meet other implementers.  \nSessions are confidential and open to members and non-members alike.',
  },
  {
    q: 'When is the next event?',
    a: 'See the [events page](/events/test-events){ target="_blank"}.  \nOne or two events take place each year; ask our [staff](/about/contact){ target="_blank"} if you would like to host one.',
  },
  {
    q: 'Where can I read more?',
    a: 'The <a href="/specifications/registry" target="_blank">object registry</a> lists every standard object.</br>Case studies are on the <a href="/resources/case-studies" target="_blank">resources page</a>.',
  },
]

/**
 * Shaped like the site's FAQ pages: the site's `ui` map, lists with a hard
 * break, MDC link attributes and inline HTML anchors (with `</br>`).
 */
export const FixtureStyled: Story = {
  args: { qas: fixtureLike, ui: siteUi, defaultOpen: true },
  parameters: mdcDocs('ShFaq', { ui: siteUi, qas: fixtureLike }),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('link', { name: 'staff' })).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(canvas.getByRole('link', { name: 'object registry' })).toHaveAttribute('target', '_blank')
    await expect(canvasElement.querySelectorAll('[data-slot=a] li')).toHaveLength(3)
    await expect(canvasElement.querySelector('[data-slot=wrapper]')).toHaveClass('p-4')
  },
}

const everyProp = {
  title: 'Billing questions',
  level: 2,
  multiple: false,
  defaultOpen: ['can-i-pay-by-invoice'],
  controls: true,
  searchable: true,
  hashLinks: true,
  schema: true,
  description: 'Shown to content writers only.',
  labels: { searchPlaceholder: 'Search billing questions…' },
  qas: [
    { q: 'Can I pay by invoice?', a: 'Yes, for yearly plans.' },
    { q: 'Which cards do you accept?', a: 'All major credit and debit cards.', id: 'cards' },
    { q: 'Can I change plans later?', a: 'Any time; the difference is prorated.' },
  ],
}

/** Every prop at once: title, heading level 2, one open at a time, a default-open item, controls, search and a custom id. */
export const EveryProp: Story = {
  args: everyProp,
  parameters: mdcDocs('ShFaq', everyProp),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'Billing questions' })).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: 'Can I pay by invoice?' })).toHaveAttribute('aria-expanded', 'true')
    await userEvent.click(canvas.getByRole('button', { name: 'Which cards do you accept?' }))
    // multiple: false, so opening one closes the other.
    await expect(canvas.getByRole('button', { name: 'Can I pay by invoice?' })).toHaveAttribute('aria-expanded', 'false')
    await expect(canvasElement.querySelector('#cards')).not.toBeNull()
    await expect(canvas.queryByText('Shown to content writers only.')).toBeNull()
    // Only "Collapse all" exists when one item at a time may be open.
    await expect(canvas.getAllByRole('button', { name: /all$/ })).toHaveLength(1)
  },
}

const childForm = mdcSnippet(
  'ShFaq',
  { title: 'Installing the client' },
  [
    ':::ShFaqItem{q="Which platforms are supported?"}\nLinux, Zephyr and FreeRTOS. See the **platform notes** for versions.\n:::',
    ':::ShFaqItem{q="How do I build it?" open}\n1. Clone the repository.\n2. Run `make`.\n3. Flash the image.\n:::',
  ].join('\n\n'),
)

/** The child-item form: each answer is real markdown in the page, parsed by MDC at build time. */
export const ChildItems: Story = {
  args: { title: 'Installing the client' },
  render: (args) => ({
    components: { ShFaq, ShFaqItem },
    setup: () => ({ args }),
    template: `<ShFaq v-bind="args">
      <ShFaqItem q="Which platforms are supported?"><p>Linux, Zephyr and FreeRTOS. See the <strong>platform notes</strong> for versions.</p></ShFaqItem>
      <ShFaqItem q="How do I build it?" open><ol class="list-decimal ps-6"><li>Clone the repository.</li><li>Run <code>make</code>.</li><li>Flash the image.</li></ol></ShFaqItem>
    </ShFaq>`,
  }),
  parameters: mdcSource(childForm),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'How do I build it?' })).toHaveAttribute('aria-expanded', 'true')
    await expect(canvas.getByRole('button', { name: 'Which platforms are supported?' })).toHaveAttribute('aria-controls', 'which-platforms-are-supported-answer')
  },
}

const searchQas = [
  { q: 'Does the client work offline?', a: 'It queues readings and sends them when the link is back.' },
  { q: 'Is the data encrypted?', a: 'Yes: DTLS or OSCORE protect every message.' },
  { q: 'Which café network works best?', a: 'Any: the protocol is independent of the network operator.' },
  { q: 'How are updates delivered?', a: 'As firmware packages pulled by the device or pushed by the server.' },
]

/** Search filters by question and answer, ignoring case and accents, and announces the count. */
export const Searchable: Story = {
  args: { qas: searchQas, searchable: true },
  parameters: mdcDocs('ShFaq', { searchable: true, qas: searchQas }),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search questions' }), 'CAFE')
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('1 of 4 questions'))
    const shown = [...canvasElement.querySelectorAll<HTMLElement>('[data-slot=inner]')].filter((item) => item.style.display !== 'none')
    await expect(shown).toHaveLength(1)
  },
}

const deepQas = [
  { q: 'What is a deep link?', a: 'A URL ending in `#` and the id of a question.' },
  { q: 'Where do I get one?', a: 'Use the **#** link next to each question.' },
]

/** `#<id>` in the URL opens that question and scrolls to it, on load and whenever the hash changes. */
export const DeepLink: Story = {
  args: { qas: deepQas },
  parameters: mdcDocs('ShFaq', { qas: deepQas }),
  play: async ({ canvasElement }) => {
    location.hash = '#where-do-i-get-one'
    await waitFor(() => expect(canvasElement.querySelector('#where-do-i-get-one-button')).toHaveAttribute('aria-expanded', 'true'))
    history.replaceState(null, '', location.pathname + location.search)
  },
}

const rich = [
  {
    q: 'How is a **resource** addressed?',
    a: `Every resource has a path of three numbers:

| Part | Example | Meaning |
|------|---------|---------|
| Object | 3 | Device |
| Instance | 0 | The first device |
| Resource | 1 | Model number |

So \`/3/0/1\` reads the model number. Longer paths also exist:

1. \`/5/0/3\` is the firmware update state.
2. \`/4/0/2\` is the signal strength.

> Paths never change once an object is registered.`,
  },
  {
    q: 'A long question that keeps going to show how the question wraps when it is much wider than the space it has on a narrow screen',
    a: Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1}. A client registers with its endpoint name and lifetime; the server reads, writes and observes resources, and the client reports changes when the notification attributes say so.`).join('\n\n'),
  },
]

/** Long answers with tables, code, ordered lists and quotes, and a very long question. */
export const LongMarkdown: Story = {
  args: { qas: rich, defaultOpen: true },
  parameters: mdcDocs('ShFaq', { qas: rich }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot=a] table')).not.toBeNull()
    await expect(canvasElement.querySelector('[data-slot=q] strong')).toHaveTextContent('resource')
    const wrapper = canvasElement.querySelector<HTMLElement>('[data-slot=wrapper]')!
    await expect(wrapper.scrollWidth).toBeLessThanOrEqual(wrapper.clientWidth + 1)
  },
}

/** The seed content in the dark scheme: tokens switch, contrast holds. */
export const Dark: Story = {
  ...SeedContent,
  args: { qas: seed, searchable: true, controls: true },
  parameters: mdcDocs('ShFaq', { searchable: true, controls: true, qas: seed }),
  globals: dark,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-slot=root]')!
    await expect(root.closest('.dark')).not.toBeNull()
    await expect(getComputedStyle(root.querySelector('[data-slot=button]')!).color).toBe('rgb(243, 244, 246)')
  },
}

const rtlQas = [
  { q: 'ما هو البروتوكول؟', a: 'مجموعة رسائل لإدارة الأجهزة عن بُعد.' },
  { q: 'هل يعمل دون اتصال؟', a: 'نعم، يحفظ القراءات ويرسلها لاحقًا.' },
]

/** Right-to-left text: the chevron and link sit on the left, ids keep Arabic letters. */
export const RightToLeft: Story = {
  args: {
    qas: rtlQas,
    title: 'الأسئلة الشائعة',
    searchable: true,
    labels: { search: 'ابحث في الأسئلة', searchPlaceholder: 'بحث…', results: '{count} من {total} أسئلة', copyLink: 'رابط إلى «{question}»' },
  },
  render: (args) => ({
    components: { ShFaq },
    setup: () => ({ args }),
    template: '<div dir="rtl" lang="ar"><ShFaq v-bind="args" /></div>',
  }),
  parameters: mdcDocs('ShFaq', { title: 'الأسئلة الشائعة', qas: rtlQas }),
  play: async ({ canvas, canvasElement }) => {
    const question = canvas.getByRole('button', { name: 'ما هو البروتوكول؟' })
    const icon = question.querySelector('[data-slot=icon]')!
    await expect(icon.getBoundingClientRect().left).toBeLessThan(question.querySelector('[data-slot=q]')!.getBoundingClientRect().left)
    await expect(canvasElement.querySelector('[data-slot=inner]')!.id).toBe('ما-هو-البروتوكول')
  },
}

/** At 320px the questions wrap and the search box takes the full width. */
export const Mobile: Story = {
  ...FixtureStyled,
  args: { qas: fixtureLike, searchable: true, controls: true },
  parameters: mdcDocs('ShFaq', { searchable: true, controls: true, qas: fixtureLike }),
  globals: mobile,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-slot=root]')!
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320)
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1)
  },
}

const hostile = [
  { q: 'Fine question?', a: 'Fine answer <script>alert(1)</script> with <img src=x onerror=alert(2)> and [a bad link](javascript:alert(3)).' },
  { q: 'Fine question?', a: 'The same question again gets its own id.' },
  { a: 'An item without a question is skipped.' },
  { q: 42, a: true },
  'not an object',
]

/**
 * Everything a content writer can get wrong: invalid `ui` JSON, broken items,
 * duplicate questions, a hostile answer. The rest renders, nothing runs, the
 * console names each problem.
 */
export const BadInput: Story = {
  args: { qas: hostile as never, ui: '{"wrapper": "border"', level: 12 },
  parameters: mdcDocs('ShFaq', { ui: '{"wrapper": "border"', qas: hostile }),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot=inner]')).toHaveLength(3)
    await expect(canvasElement.querySelector('#fine-question-2')).not.toBeNull()
    await expect(canvas.getByRole('button', { name: '42' })).toBeInTheDocument()
    await expect(canvasElement.querySelector('[data-slot=a] script')).toBeNull()
    await expect(canvasElement.querySelector('[data-slot=a] img')?.getAttributeNames()).toEqual(['src'])
    await expect(canvas.getByText('a bad link').closest('a')?.getAttribute('href') ?? null).toBeNull()
  },
}

/** Invalid JSON for `qas` (an MDC binding gone wrong): the title over a frame saying there are no questions, and a warning in the console. */
export const InvalidJson: Story = {
  args: { qas: '[{"q": "unterminated', searchable: true },
  parameters: mdcSource('::ShFaq{:qas=\'[{"q": "unterminated\'}\n::'),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="header.title"]')).toHaveTextContent('FAQs')
    await expect(canvasElement.querySelectorAll('[data-slot=inner]')).toHaveLength(0)
    await expect(canvasElement.querySelector('[data-slot=empty]')).toHaveTextContent('No questions to show yet.')
    await expect(canvasElement.querySelector('input[type=search]')).toBeNull()
  },
}

/**
 * `v-model:open` and `v-model:search` bound by the page, like ShDataTable's
 * search: the buttons outside the block open a question and search for a word.
 */
export const BoundState: Story = {
  args: { qas: seed, searchable: true },
  parameters: mdcDocs('ShFaq', { searchable: true, qas: seed }),
  render: (args) => ({
    components: { ShFaq },
    setup: () => ({ args, open: ref<string[]>([]), search: ref('') }),
    template: `<div>
      <p class="mb-2 flex flex-wrap gap-2">
        <button type="button" class="rounded-sh border border-sh-border px-3 py-1" @click="open = ['what-is-a-device-management-protocol']">Open the first</button>
        <button type="button" class="rounded-sh border border-sh-border px-3 py-1" @click="search = 'registry'">Search “registry”</button>
      </p>
      <p class="mb-2 text-sm">Open: {{ open?.join(', ') || 'none' }} · search: “{{ search }}”</p>
      <ShFaq v-bind="args" v-model:open="open" v-model:search="search" />
    </div>`,
  }),
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Search “registry”' }))
    await expect(canvas.getByRole('searchbox', { name: 'Search questions' })).toHaveValue('registry')
    await waitFor(() => expect(canvasElement.querySelector('[role=status]')!.textContent).toMatch(/^1 of/))
    await userEvent.clear(canvas.getByRole('searchbox', { name: 'Search questions' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Open the first' }))
    await expect(canvasElement.querySelector('[data-slot=button]')).toHaveAttribute('aria-expanded', 'true')
    await expect(canvas.getByText(/^Open: /)).not.toHaveTextContent('none')
  },
}

/** Without a markdown renderer (the lighter bundle) answers are plain text: formatting removed, paragraphs and breaks kept. */
export const PlainText: Story = {
  args: { qas: fixtureLike, defaultOpen: true },
  parameters: { ...mdcDocs('ShFaq', { qas: fixtureLike }), markdown: false },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot=a] a')).toBeNull()
    await expect(canvas.getByText(/ask our staff if you would like/)).toBeInTheDocument()
  },
}
