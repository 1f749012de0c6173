import { nextTick, onBeforeUnmount, onMounted } from 'vue'

export interface FaqHashLinkOptions {
  enabled: () => boolean
  /** Whether `id` is one of the block's items. */
  has: (id: string) => boolean
  /** Make the item visible (clear a search hiding it) and open it. */
  reveal: (id: string) => void
  /** Announce that the link was copied. */
  copied: () => void
}

/**
 * Deep links of ShFaq: `#<id>` in the URL opens that item and scrolls to it, on
 * load and on every hash change. Only after mount: the server cannot know the
 * URL's fragment, and the first client render must match the server's.
 */
export function useFaqHashLinks(options: FaqHashLinkOptions): { copyLink: (id: string) => void } {
  function openFromHash() {
    let id = ''
    try {
      id = decodeURIComponent(window.location.hash.slice(1))
    } catch {
      return
    }
    if (!id || !options.has(id)) return
    options.reveal(id)
    // The fragment names a document element, as the browser's own fragment navigation resolves it.
    nextTick(() => document.getElementById(id)?.scrollIntoView({ block: 'start' }))
  }

  function copyLink(id: string) {
    const url = `${window.location.href.split('#')[0]}#${id}`
    navigator.clipboard?.writeText(url).then(options.copied, () => undefined)
  }

  onMounted(() => {
    if (!options.enabled()) return
    openFromHash()
    window.addEventListener('hashchange', openFromHash)
  })
  onBeforeUnmount(() => window.removeEventListener('hashchange', openFromHash))

  return { copyLink }
}
