import type { VNode } from 'vue'
import type { FaqQa } from '../core/faq'
import type { FaqLabels } from '../core/labels'
import type { UiProp } from '../core/ui'
import type theme from '../theme/faq'

export interface FaqProps {
  /** The questions: `{ q, a, id?, open? }[]`, or the same as a JSON string (MDC inline binding). */
  qas?: FaqQa[] | string
  /** Heading above the questions (markdown allowed); an empty string shows none. */
  title?: string
  /** A note for content writers; never rendered. */
  description?: string
  /** Class-map overrides per `data-slot` (`root`, `header.title`, `button`, `prose.*`…), or the same as a JSON string. */
  ui?: UiProp<typeof theme>
  /** Drop the default classes (only `app.config`, plugin and `ui` classes remain); unset, the provider's or plugin's choice applies. */
  unstyled?: boolean
  /** Heading level of each question (2–6; MDC may pass it as a string); the title is one level above. */
  level?: number | string
  /** Several answers may be open at once. */
  multiple?: boolean
  /** Open every item on first render (`true`) or the items with these ids. */
  defaultOpen?: boolean | string[]
  /** Ids of the open items, for `v-model:open`. */
  open?: string[]
  /** Show "Expand all" / "Collapse all" buttons. */
  controls?: boolean
  /** Show a search box filtering questions and answers. */
  searchable?: boolean
  /** Open and scroll to `#<id>` from the URL, and offer a link anchor per question. */
  hashLinks?: boolean
  /** Output schema.org FAQPage structured data (JSON-LD). */
  schema?: boolean
  /** Override any of the texts ShFaq shows or announces. */
  labels?: Partial<FaqLabels>
}

/** A `<ShFaqItem>` found in ShFaq's default slot. */
export interface FaqSlotEntry {
  q: string
  id?: string
  open: boolean
  /** Renders the answer (the item's own default slot). */
  answer: () => VNode[]
  /** Plain text of the answer, for search and JSON-LD. */
  text: string
}
