import { inject, nextTick, onBeforeUnmount, onMounted, onUpdated, watch, type ComputedRef, type InjectionKey, type Ref } from 'vue'
import { findRanges } from '../core/text'

/** Name of the CSS highlight; the theme styles it with `::highlight(sh-faq-match)`. */
export const HIGHLIGHT_NAME = 'sh-faq-match'

interface HighlightRegistry {
  get(name: string): (Set<Range> & object) | undefined
  set(name: string, value: object): void
}

/** ShFaq provides its folded search terms to the markdown renderers inside it. */
export const FAQ_SEARCH_TERMS: InjectionKey<ComputedRef<string[]>> = Symbol('sh-faq-terms')

/**
 * Marks ShFaq's search matches inside rendered markdown with the CSS Custom
 * Highlight API: ranges over the rendered text nodes, so the DOM is never
 * modified and no HTML is created. Lives with the renderer (ShMarkdown, or
 * any custom one calling it), not in ShFaq, so the plain-text FAQ does not
 * pay for it. Browsers without the API just skip it.
 */
export function useFaqHighlight(root: Ref<HTMLElement | undefined>): void {
  const terms = inject(FAQ_SEARCH_TERMS, null)
  if (!terms) return
  let own: Range[] = []

  function registry(): { highlights: HighlightRegistry; Highlight: new () => Set<Range> } | undefined {
    const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined
    const Highlight = (globalThis as unknown as { Highlight?: new () => Set<Range> }).Highlight
    return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : undefined
  }

  function apply() {
    const api = registry()
    if (!api) return
    let shared = api.highlights.get(HIGHLIGHT_NAME)
    if (!shared) {
      shared = new api.Highlight()
      api.highlights.set(HIGHLIGHT_NAME, shared)
    }
    for (const range of own) shared.delete(range)
    own = []
    const words = terms!.value
    if (!words.length || !root.value) return
    const walker = document.createTreeWalker(root.value, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const [start, end] of findRanges(node.data, words)) {
        const range = document.createRange()
        range.setStart(node, start)
        range.setEnd(node, end)
        own.push(range)
        shared.add(range)
      }
    }
  }

  watch(terms, () => nextTick(apply))
  onMounted(apply)
  onUpdated(apply)
  onBeforeUnmount(() => {
    const shared = registry()?.highlights.get(HIGHLIGHT_NAME)
    for (const range of own) shared?.delete(range)
  })
}
