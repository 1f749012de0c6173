import { toValue, type ComponentPublicInstance, type MaybeRefOrGetter } from 'vue'

type RefTarget = Element | ComponentPublicInstance | null

export interface RovingFocus {
  /** A function template ref for the element of `key`: `:ref="focus.bind(item.id)"`. */
  bind: (key: string) => (el: RefTarget) => void
  /** Keydown handler for the element of `key`: moves focus, or does nothing for other keys. */
  onKeydown: (event: KeyboardEvent, key: string) => void
}

/**
 * Keyboard movement between a group's controls, as the WAI-ARIA APG accordion
 * describes it: ArrowDown/ArrowUp go to the next/previous control (wrapping),
 * Home/End to the first/last. `keys` are the reachable controls in order
 * (e.g. only the questions a search left visible). Elements come from
 * template refs, so several groups on one page never find each other's.
 */
export function useRovingFocus(keys: MaybeRefOrGetter<string[]>): RovingFocus {
  const elements = new Map<string, HTMLElement>()
  // One stable function per key: Vue calls it with the element on mount and null on unmount.
  const binders = new Map<string, (el: RefTarget) => void>()

  function bind(key: string) {
    let binder = binders.get(key)
    if (!binder) {
      binder = (el) => {
        if (el instanceof HTMLElement) elements.set(key, el)
        else if (!el) {
          elements.delete(key)
          binders.delete(key)
        }
      }
      binders.set(key, binder)
    }
    return binder
  }

  function onKeydown(event: KeyboardEvent, key: string) {
    const list = toValue(keys)
    const at = list.indexOf(key)
    if (at === -1 || event.altKey || event.ctrlKey || event.metaKey) return
    const targets: Record<string, string | undefined> = {
      ArrowDown: list[(at + 1) % list.length],
      ArrowUp: list[(at - 1 + list.length) % list.length],
      Home: list[0],
      End: list[list.length - 1],
    }
    const target = targets[event.key]
    if (target === undefined) return
    event.preventDefault()
    elements.get(target)?.focus()
  }

  return { bind, onKeydown }
}
