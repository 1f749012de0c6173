import { onMounted, type Ref } from 'vue'

/** Screens at least this wide get the search box focused; on smaller ones a keyboard would cover the table. */
const FOCUS_FROM = '(min-width: 1024px)'

/**
 * `autofocusSearch`, as the OMA site does it: once mounted (never on the server), scroll
 * the table into view below any sticky or fixed page header and, on wide screens, focus the
 * search box. A URL with a hash, or focus already somewhere, wins: nothing moves then.
 */
export function useAutofocusSearch(
  enabled: () => boolean,
  wrapper: Readonly<Ref<HTMLElement | null>>,
  search: Readonly<Ref<HTMLInputElement | null>>,
): void {
  onMounted(() => {
    const element = wrapper.value
    if (!enabled() || !element || window.location.hash) return
    if (document.activeElement && document.activeElement !== document.body) return
    const top = element.getBoundingClientRect().top + window.scrollY - stickyHeaderHeight()
    window.scrollTo({ top: Math.max(0, top) })
    if (window.matchMedia(FOCUS_FROM).matches) search.value?.focus({ preventScroll: true })
  })
}

/** The bottom edge of whatever stays pinned at the top of the viewport (a sticky site header), or 0. */
function stickyHeaderHeight(): number {
  let bottom = 0
  for (const hit of document.elementsFromPoint(window.innerWidth / 2, 1)) {
    for (let node: Element | null = hit; node && node !== document.body; node = node.parentElement) {
      const position = getComputedStyle(node).position
      if (position === 'sticky' || position === 'fixed') bottom = Math.max(bottom, node.getBoundingClientRect().bottom)
    }
  }
  return bottom
}
