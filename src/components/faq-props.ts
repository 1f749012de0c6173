import type { VNode } from 'vue'
import type { FaqQa } from '../core/faq'
import type { UiProp } from '../core/ui'
import type theme from '../theme/faq'

/** Texts ShFaq shows or announces; override any of them for another language. */
export interface FaqLabels {
  /** Visible label of the search box. */
  search: string
  searchPlaceholder: string
  /** Announced while searching; `{count}` and `{total}` are replaced. */
  results: string
  /** Shown when the search matches nothing. */
  empty: string
  /** Shown when there are no questions at all (e.g. `qas` could not be read). */
  none: string
  expandAll: string
  collapseAll: string
  /** Accessible name of each question's link anchor. `{question}` is replaced. */
  copyLink: string
  /** Announced after a link was copied. */
  copied: string
}

export const defaultLabels: FaqLabels = {
  search: 'Search questions',
  searchPlaceholder: 'Search…',
  results: '{count} of {total} questions',
  empty: 'No question matches your search.',
  none: 'No questions to show yet.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  copyLink: 'Link to “{question}”',
  copied: 'Link copied',
}

export interface FaqProps {
  /** The questions: `{ q, a, id?, open? }[]`, or the same as a JSON string (MDC inline binding). */
  qas?: FaqQa[] | string
  /** Heading above the questions (markdown allowed); an empty string shows none. */
  title?: string
  /** A note for content writers; never rendered. */
  description?: string
  ui?: UiProp<typeof theme>
  unstyled?: boolean
  /** Heading level of each question (2–6; MDC may pass it as a string); the title is one level above. */
  level?: number | string
  /** Several answers may be open at once. */
  multiple?: boolean
  /** Open every item on first render (`true`) or the items with these ids. */
  defaultOpen?: boolean | string[]
  /** Ids of the open items, for `v-model:open` (ShFaq declares it with defineModel). */
  open?: string[]
  /** Show "Expand all" / "Collapse all" buttons. */
  controls?: boolean
  /** Show a search box filtering questions and answers. */
  searchable?: boolean
  /** The search text, for `v-model:search` (ShFaq declares it with defineModel). */
  search?: string
  /** Open and scroll to `#<id>` from the URL, and offer a link anchor per question. */
  hashLinks?: boolean
  /** Output schema.org FAQPage structured data (JSON-LD). */
  schema?: boolean
  /** Override any of the texts ShFaq shows or announces. */
  labels?: Partial<FaqLabels>
}

export const faqDefaults = {
  title: 'FAQs',
  level: 3,
  multiple: true,
  defaultOpen: false,
  controls: false,
  searchable: false,
  hashLinks: true,
  schema: true,
  unstyled: undefined,
} as const

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
