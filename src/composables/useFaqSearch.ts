import { computed, type ComputedRef, type Ref } from 'vue'
import { foldText, matchesAll, searchTerms } from '../core/text'
import type { FaqItem } from './useFaqItems'

export interface FaqSearch {
  /** Folded search terms; empty when not searching. */
  terms: ComputedRef<string[]>
  /** The items matching every term, in order. */
  visible: ComputedRef<FaqItem[]>
  visibleIds: ComputedRef<ReadonlySet<string>>
}

/**
 * ShFaq's filter: `query` is its `defineModel('search')`, so a parent may bind
 * it (`v-model:search`) or leave it to the search box. Questions and answers
 * are matched as plain text, accents and case folded.
 */
export function useFaqSearch(query: Ref<string | undefined>, items: ComputedRef<FaqItem[]>, enabled: () => boolean): FaqSearch {
  const terms = computed(() => (enabled() ? searchTerms(query.value) : []))
  const haystacks = computed(() => new Map(items.value.map((item) => [item.id, foldText(`${item.label}\n${item.text}`)])))
  const matches = (item: FaqItem) => matchesAll(haystacks.value.get(item.id)!, terms.value)
  const visible = computed(() => (terms.value.length ? items.value.filter(matches) : items.value))
  const visibleIds = computed<ReadonlySet<string>>(() => new Set(visible.value.map((item) => item.id)))
  return { terms, visible, visibleIds }
}
