import { nextTick, onBeforeUnmount, watch, type Ref } from 'vue'
import { findRanges } from '../core/faq-search'

/** Name of the CSS highlight; the theme styles it with `::highlight(sh-faq-match)`. */
export const HIGHLIGHT_NAME = 'sh-faq-match'

interface HighlightRegistry {
  get(name: string): (Set<Range> & object) | undefined
  set(name: string, value: object): void
}

/**
 * Marks search matches inside content ShFaq does not render as text itself
 * (a markdown renderer's HTML, child-item slots) with the CSS Custom
 * Highlight API: ranges over the rendered text nodes, so the DOM is never
 * modified and no HTML is created. Browsers without the API just skip it.
 */
export function useFaqHighlight(root: Ref<HTMLElement | undefined>, terms: () => string[], selector: string): void {
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
    const words = terms()
    if (!words.length || !root.value) return
    for (const container of root.value.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
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
  }

  watch(terms, () => nextTick(apply))
  onBeforeUnmount(() => {
    const shared = registry()?.highlights.get(HIGHLIGHT_NAME)
    for (const range of own) shared?.delete(range)
  })
}
