import type { ThemeStates } from '../core/ui'

/** Default classes of ShSegment, one entry per `data-slot`. */
const theme = {
  wrapper: 'relative',
  background: 'pointer-events-none absolute inset-0 bg-cover bg-center',
  inner: 'relative',
}

export default theme

/** None: ShSegment has no states. */
export const states = {} satisfies ThemeStates<typeof theme>
