import { computed, toValue, type ComputedRef, type MaybeRefOrGetter, type VNode } from 'vue'
import { normalizeQas } from '../core/faq'
import { inlineText, markdownToText } from '../core/faq-text'
import type { FaqSlotEntry } from '../components/faq-props'
import { useFaqIds } from './useFaqIds'

/** One question of a ShFaq, from `qas` or a `<ShFaqItem>` child. */
export interface FaqItem {
  /** Unique on the page: the anchor, and the prefix of the button and answer ids. */
  id: string
  q: string
  /** Markdown answer (empty for child items, whose answer is `answer`). */
  a: string
  open: boolean
  /** Renders a child item's answer (its default slot). */
  answer?: () => VNode[]
  /** The answer as the reader sees it: search and JSON-LD read it. */
  text: string
  /** The question as the reader sees it: landmark names, search, link labels and JSON-LD read it. */
  label: string
}

/**
 * The text a markdown renderer shows for a source. A renderer component may
 * carry its own as a `toText` option (ShMarkdown does); without one, the
 * plain-text reading of the markdown is used, which is exactly what the
 * no-renderer fallback (ShPlainText) shows.
 */
export type ToText = (source: string, inline: boolean) => string

export function rendererText(renderer: unknown): ToText {
  const own = (renderer as { toText?: unknown } | undefined)?.toText
  return typeof own === 'function' ? (own as ToText) : (source, inline) => (inline ? inlineText(source) : markdownToText(source))
}

/**
 * The items of one ShFaq: `qas` first, then `<ShFaqItem>` children, with ids
 * unique across the page, and which answers are labelled regions.
 */
export function useFaqItems(
  qas: MaybeRefOrGetter<unknown>,
  entries: MaybeRefOrGetter<FaqSlotEntry[] | undefined>,
  toText: MaybeRefOrGetter<ToText>,
): {
  items: ComputedRef<FaqItem[]>
  regions: ComputedRef<ReadonlySet<string>>
} {
  const claimIds = useFaqIds()
  const items = computed<FaqItem[]>(() => {
    const text = toValue(toText)
    const drafts = [
      // Read lazily: only search and JSON-LD need the answer's text, and rendering it costs a second markdown pass.
      ...normalizeQas(toValue(qas)).map((draft) => {
        let answer: string | undefined
        return { ...draft, get text() { return (answer ??= text(draft.a, false)) } }
      }),
      ...(toValue(entries) ?? []).map((entry) => ({ ...entry, a: '' })),
    ]
    const ids = claimIds(drafts)
    return drafts.map((draft, index) => {
      const fields = { id: { value: ids[index]!, enumerable: true }, label: { value: text(draft.q, true), enumerable: true } }
      return Object.defineProperties(draft, fields) as FaqItem
    })
  })

  // APG: answers are labelled regions, unless there are so many that landmarks would proliferate (> 6), or
  // two questions read the same (landmark names must be unique).
  const regions = computed<ReadonlySet<string>>(() => {
    if (items.value.length > 6) return new Set()
    const count = new Map<string, number>()
    for (const item of items.value) count.set(item.label, (count.get(item.label) ?? 0) + 1)
    return new Set(items.value.filter((item) => count.get(item.label) === 1).map((item) => item.id))
  })

  return { items, regions }
}
