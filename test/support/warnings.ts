import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

/** Silences console.warn around every test of the calling file and reads back what was warned. A fresh spy per test also gives sh-ui's once-only memory a clean slate (src/core/warn.ts remembers per console.warn function). */
export function captureWarnings() {
  let spy: MockInstance<typeof console.warn>
  beforeEach(() => {
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
