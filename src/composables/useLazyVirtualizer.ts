import type { Virtualizer } from '@tanstack/vue-virtual'
import { computed, effectScope, onMounted, shallowRef, watch, type Ref } from 'vue'

const ROW_ESTIMATE = 64
const OVERSCAN = 10
// Rows drawn before the virtualizer has loaded: on the server and in the first client
// render alike (so hydration matches), enough to fill a screen until it takes over.
const FIRST_SLICE = Math.ceil(800 / ROW_ESTIMATE) + OVERSCAN

export interface VirtualSlice {
  /** Indices of the rows to draw. */
  indices: number[]
  /** Space above and below them, in px, so the scrollbar spans every row. */
  top: number
  bottom: number
}

/**
 * @tanstack/vue-virtual, loaded only when a table first needs it ("All" or a page longer
 * than `virtualizeOver`): paginated tables, the common case, never download its 9 kB.
 */
export function useLazyVirtualizer(count: Ref<number>, enabled: Ref<boolean>, scroller: Ref<HTMLElement | null>) {
  const virtualizer = shallowRef<Ref<Virtualizer<HTMLElement, Element>>>()
  // A child of the component's scope: the virtualizer's listeners stop on unmount.
  const scope = effectScope()
  let loading = false

  async function load(): Promise<void> {
    if (!enabled.value || loading) return
    loading = true
    const { useVirtualizer } = await import('@tanstack/vue-virtual')
    if (!scope.active) return
    virtualizer.value = scope.run(() =>
      useVirtualizer(
        computed(() => ({
          count: enabled.value ? count.value : 0,
          getScrollElement: () => scroller.value,
          estimateSize: () => ROW_ESTIMATE,
          overscan: OVERSCAN,
          enabled: enabled.value,
          // Measuring in the next frame avoids "ResizeObserver loop" errors while rows settle.
          useAnimationFrameWithResizeObserver: true,
        })),
      ),
    )
  }
  onMounted(() => {
    void load()
    watch(enabled, () => void load())
  })

  const slice = computed<VirtualSlice | null>(() => {
    if (!enabled.value) return null
    const instance = virtualizer.value?.value
    if (!instance) {
      const drawn = Math.min(count.value, FIRST_SLICE)
      return { indices: Array.from({ length: drawn }, (_, i) => i), top: 0, bottom: (count.value - drawn) * ROW_ESTIMATE }
    }
    const items = instance.getVirtualItems()
    const last = items[items.length - 1]
    return {
      indices: items.map((item) => item.index),
      top: items[0]?.start ?? 0,
      bottom: last ? instance.getTotalSize() - last.end : 0,
    }
  })

  return {
    slice,
    measure(element: Element): void {
      virtualizer.value?.value.measureElement(element)
    },
    scrollToTop(): void {
      virtualizer.value?.value.scrollToOffset(0)
    },
  }
}
