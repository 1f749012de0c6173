import { computed, inject, onBeforeUnmount, watch, type ComputedRef } from 'vue'
import { faqPageSchema, serializeJsonLd, type FaqSchemaEntry } from '../core/faq-schema'

/** The part of an @unhead/vue (v1/v2) head client used here; typed locally so unhead stays optional. */
interface HeadClient {
  push(input: object): { patch(input: object): void; dispose(): void }
}

interface PageSchema {
  blocks: Map<symbol, FaqSchemaEntry[]>
  entry?: ReturnType<HeadClient['push']>
}

/** @unhead/vue provides its client under this string key (`headSymbol`), so no import is needed to find it. */
const UNHEAD_KEY = 'usehead'
const pages = new WeakMap<HeadClient, PageSchema>()

function headInput(page: PageSchema) {
  const entries = [...page.blocks.values()].flat()
  // A fixed key makes unhead keep one FAQPage per page, however many blocks feed it.
  return { script: [{ key: 'sh-ui-faq-page', type: 'application/ld+json', innerHTML: serializeJsonLd(faqPageSchema(entries)) }] }
}

function sync(head: HeadClient, page: PageSchema) {
  if (!page.blocks.size) {
    page.entry?.dispose()
    page.entry = undefined
  } else if (page.entry) page.entry.patch(headInput(page))
  else page.entry = head.push(headInput(page))
}

/**
 * FAQPage JSON-LD for this block. With @unhead/vue installed, every ShFaq of
 * the page feeds one FAQPage in `<head>` and this returns undefined; without
 * it, returns the escaped JSON for a `<script>` inside the block.
 */
export function useFaqSchema(entries: ComputedRef<FaqSchemaEntry[]>, enabled: () => boolean): ComputedRef<string | undefined> {
  const head = inject<HeadClient | null>(UNHEAD_KEY, null)
  if (!head || typeof head.push !== 'function') {
    return computed(() => (enabled() && entries.value.length ? serializeJsonLd(faqPageSchema(entries.value)) : undefined))
  }
  const page = pages.get(head) ?? { blocks: new Map() }
  pages.set(head, page)
  const key = Symbol('ShFaq')
  watch(
    [entries, enabled],
    ([list, on]) => {
      if (on && list.length) page.blocks.set(key, list)
      else page.blocks.delete(key)
      sync(head, page)
    },
    { immediate: true },
  )
  onBeforeUnmount(() => {
    page.blocks.delete(key)
    sync(head, page)
  })
  return computed(() => undefined)
}
