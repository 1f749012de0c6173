import { h, type Component } from 'vue'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import ShDataTable from '../../src/components/ShDataTable.vue'
import ShFaq from '../../src/components/ShFaq.vue'
import ShSegment from '../../src/components/ShSegment.vue'

/** One component the live `ui` editor can show. Add yours here to make it editable. */
export interface EditorExample {
  /** Component name, as written in MDC (`::ShSegment`). */
  name: string
  /** Its theme key (`src/theme/<file>.ts` in camelCase), used to list and validate `ui` keys. */
  themeKey: string
  component: Component
  /** Props other than `ui`. */
  props: Record<string, unknown>
  /** Default-slot content, and the same content as markdown for the snippet. */
  slot?: Component
  slotMarkdown?: string
  /** The `ui` map the editor starts with. */
  ui: Record<string, unknown>
}

export const editorExamples: EditorExample[] = [
  {
    name: 'ShSegment',
    themeKey: 'segment',
    component: ShSegment,
    props: {},
    slot: () => [h('h3', { class: 'font-bold' }, 'Device management'), h('p', 'Read, write, execute and observe resources on constrained devices.')],
    slotMarkdown: '### Device management\n\nRead, write, execute and observe resources on constrained devices.',
    ui: { wrapper: 'rounded-xl border border-sh-border bg-sky-100 p-4 shadow-md dark:bg-sky-900', inner: 'space-y-2' },
  },
  {
    name: 'ShCheckoutLinks',
    themeKey: 'checkoutLinks',
    component: ShCheckoutLinks,
    props: {
      links: [
        { label: 'Join a work group', to: '/about/work-groups' },
        { label: 'Frequently asked questions', to: '/about/faq' },
        { label: 'Object registry', to: 'https://registry.example.org/' },
      ],
    },
    ui: { wrapper: 'rounded-sh border border-sh-border p-4', title: 'text-lg', link: 'font-semibold' },
  },
  {
    name: 'ShFaq',
    themeKey: 'faq',
    component: ShFaq,
    props: {
      title: 'Device management FAQs',
      searchable: true,
      qas: [
        { q: 'Which transports are supported?', a: 'UDP, TCP, SMS and LoRaWAN.', open: true },
        { q: 'Can a device sleep between reports?', a: 'Yes: queue mode holds requests until it wakes.' },
      ],
    },
    ui: { wrapper: 'rounded-sh border border-sh-border p-4', header: { title: 'text-2xl' }, question: 'font-semibold' },
  },
  {
    name: 'ShDataTable',
    themeKey: 'dataTable',
    component: ShDataTable,
    props: {
      header: 'Vendor reservations',
      columns: [
        { name: 'range', title: 'ObjectID Range', sortable: true },
        { name: 'company', title: 'Company Name', filter: true, sortable: true },
      ],
      rows: [
        { range: '32769 - 32818', company: 'Nordlicht Mobile' },
        { range: '32819 - 32868', company: 'Kestrel Wireless' },
        { range: '32869 - 32918', company: 'Halvard Networks' },
      ],
    },
    ui: { wrapper: 'rounded-sh border border-sh-border p-2', th: { color: 'text-sh-accent' } },
  },
]
