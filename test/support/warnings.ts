import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'
import { resetWarnings } from '../../src/core/warn'

/** Silences console.warn around every test of the calling file (with sh-ui's once-only memory reset) and reads back what was warned. */
export function captureWarnings() {
  let spy: MockInstance<typeof console.warn>
  beforeEach(() => {
    resetWarnings()
    spy = vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => spy.mockRestore())
  const all = () => spy.mock.calls.map((call) => String(call[0]))
  return {
    get spy() {
      return spy
    },
    all,
    sh: () => all().filter((text) => text.startsWith('[sh-ui]')),
    vue: () => all().filter((text) => text.startsWith('[Vue warn]')),
  }
}
