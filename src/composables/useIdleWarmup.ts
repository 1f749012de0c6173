import { onScopeDispose, type Ref } from 'vue'

/** Something that can prepare itself in slices: `warm(budgetMs)` is true once done. */
export interface Warmable {
  warm(budgetMs: number): boolean
}

type Idle = (step: (deadline: IdleDeadline) => void) => unknown

const idle: Idle = (step) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(step) : setTimeout(() => step({ didTimeout: false, timeRemaining: () => 8 }), 0)

/**
 * Builds `target` in idle slices once `start()` is called (the search box's focus): at
 * 100,000 rows the focus no longer waits for the search index, and by the first keystroke
 * it is usually done (a search finishes the rest). One warm-up per target, however often
 * `start()` is called; it stops when the target is replaced or the scope ends.
 */
export function useIdleWarmup(target: Ref<Warmable>): { start: () => void } {
  let active = true
  onScopeDispose(() => (active = false))
  let warming: Warmable | undefined

  function start(): void {
    const current = target.value
    if (warming === current) return
    warming = current
    const step = (deadline: IdleDeadline) => {
      if (active && target.value === current && !current.warm(Math.min(10, deadline.timeRemaining()))) idle(step)
    }
    idle(step)
  }
  return { start }
}
