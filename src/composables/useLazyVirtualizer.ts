import type { Virtualizer, VirtualizerOptions } from '@tanstack/virtual-core'
import { computed, nextTick, onMounted, onScopeDispose, shallowRef, triggerRef, watch, type Ref } from 'vue'

const ROW_ESTIMATE = 64
const OVERSCAN = 5
const VIEWPORT = 800
// Rows drawn before the virtualizer has loaded: on the server and in the first client
// render alike (so hydration matches), enough to fill a screen until it takes over.
const FIRST_SLICE = Math.ceil(VIEWPORT / ROW_ESTIMATE) + OVERSCAN

export interface VirtualSlice {
  /** Indices of the rows to draw. */
  indices: number[]
  /** Space above and below them, in px, so the scrollbar spans every row. */
  top: number
  bottom: number
}

type Core = Pick<typeof import('@tanstack/virtual-core'), 'Virtualizer' | 'observeElementRect' | 'observeElementOffset' | 'elementScroll'>

/** The exports used, destructured: the lazy chunk then holds only them, not the whole library. */
async function loadCore(): Promise<Core> {
  const { Virtualizer, observeElementRect, observeElementOffset, elementScroll } = await import('@tanstack/virtual-core')
  return { Virtualizer, observeElementRect, observeElementOffset, elementScroll }
}

/**
 * @tanstack/virtual-core, loaded only when a table first needs it ("All" or a page longer
 * than `virtualizeOver`): paginated tables, the common case, never download its 9 kB.
 * Bound here rather than through @tanstack/vue-virtual: that adapter's watchers, created
 * after setup, would run after the table's render and cost an extra render per change.
 */
export function useLazyVirtualizer(count: Ref<number>, enabled: Ref<boolean>, scroller: Ref<HTMLElement | null>) {
  const state = shallowRef<Virtualizer<HTMLElement, Element> | null>(null)
  let loading = false
  let core: Core | undefined
  let disposed = false
  let unmount: (() => void) | undefined
  let estimate = ROW_ESTIMATE

  const options = (lib: Core) => virtualizerOptions(lib, count, enabled, scroller, () => estimate, () => triggerRef(state))

  async function load(): Promise<void> {
    if (!enabled.value || loading) return
    loading = true
    core = await loadCore()
    if (disposed) return
    // The rows drawn while it loaded (the first screenful) are this table's own.
    estimate = drawnRowHeight(scroller.value) ?? estimate
    const virtualizer = new core.Virtualizer(options(core))
    unmount = virtualizer._didMount()
    virtualizer._willUpdate()
    state.value = virtualizer
  }

  // Created in setup, so it runs before the table re-renders for the same change.
  watch([enabled, count, scroller], ([on], [wasOn]) => {
    const virtualizer = state.value
    if (!virtualizer || !core) return void load()
    // Still the page before it (this runs before the render), whose rows show how tall this table's rows are.
    if (on && !wasOn) estimate = drawnRowHeight(scroller.value) ?? estimate
    virtualizer.setOptions(options(core))
    // A page that turns virtual is drawn from the default viewport first: the scroller gets its
    // bounded class in that same render, so measuring it now would read the unbounded page before it
    // and draw a screen of rows too many. It is hooked up once that render is in the DOM (same frame).
    if (on && !wasOn) void nextTick(() => hookUp(virtualizer))
    else hookUp(virtualizer)
  })
  function hookUp(virtualizer: Virtualizer<HTMLElement, Element>): void {
    if (disposed) return
    virtualizer._willUpdate()
    triggerRef(state)
  }
  onMounted(() => void load())
  onScopeDispose(() => {
    disposed = true
    unmount?.()
  })

  const slice = computed(() => (enabled.value ? sliceOf(state.value, count.value) : null))

  return {
    slice,
    measure: batchedMeasure(() => state.value),
    scrollToTop(): void {
      state.value?.scrollToOffset(0)
    },
  }
}

/**
 * The mean height of the rows on screen. Rows of a wide table run 100 to 200 px; from the fixed 64 px guess,
 * a page turning virtual drew twice the rows it needed, then measured and drew again.
 */
function drawnRowHeight(scroller: HTMLElement | null): number | undefined {
  const rows = scroller?.querySelectorAll<HTMLElement>('tbody > [data-slot="tr"]')
  if (!rows?.length) return undefined
  let total = 0
  for (const row of rows) total += row.offsetHeight
  return total / rows.length || undefined
}

/** The rows in view and the space around them; before the virtualizer has loaded, the first screenful. */
function sliceOf(virtualizer: Virtualizer<HTMLElement, Element> | null, count: number): VirtualSlice {
  if (!virtualizer) {
    const drawn = Math.min(count, FIRST_SLICE)
    return { indices: Array.from({ length: drawn }, (_, i) => i), top: 0, bottom: (count - drawn) * ROW_ESTIMATE }
  }
  const items = virtualizer.getVirtualItems()
  const last = items[items.length - 1]
  return {
    indices: items.map((item) => item.index),
    top: items[0]?.start ?? 0,
    bottom: last ? virtualizer.getTotalSize() - last.end : 0,
  }
}

/**
 * Rows are measured once the render has finished writing the DOM, all together: measured one by one
 * as they mount, each reading forced a layout of the half-patched table (the scroller gets its
 * bounded class only after its rows), which made "All" over 1,447 rows cost hundreds of ms.
 */
function batchedMeasure(current: () => Virtualizer<HTMLElement, Element> | null): (element: Element) => void {
  const pending = new Set<Element>()
  function measurePending(): void {
    const virtualizer = current()
    for (const element of pending) if (element.isConnected) virtualizer?.measureElement(element)
    pending.clear()
  }
  return (element) => {
    if (!current()) return
    if (!pending.size) queueMicrotask(measurePending)
    pending.add(element)
  }
}

function virtualizerOptions(
  lib: Core,
  count: Ref<number>,
  enabled: Ref<boolean>,
  scroller: Ref<HTMLElement | null>,
  estimate: () => number,
  onChange: () => void,
): VirtualizerOptions<HTMLElement, Element> {
  return {
    count: enabled.value ? count.value : 0,
    enabled: enabled.value,
    getScrollElement: () => scroller.value,
    estimateSize: estimate,
    overscan: OVERSCAN,
    // Measuring in the next frame avoids "ResizeObserver loop" errors while rows settle.
    useAnimationFrameWithResizeObserver: true,
    initialRect: { width: 1024, height: VIEWPORT },
    observeElementRect: lib.observeElementRect,
    observeElementOffset: lib.observeElementOffset,
    scrollToFn: lib.elementScroll,
    onChange,
  }
}
