import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { resetWarnings, warn } from '../../../src/core/warn'

let warnSpy: MockInstance<typeof console.warn>
beforeEach(() => {
  resetWarnings()
  warnSpy = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  warnSpy.mockRestore()
  vi.unstubAllEnvs()
})

describe('warn', () => {
  it('given a message, when warned, then the console shows it prefixed with the library and component', () => {
    warn('ShSegment', 'as="script" is not allowed')
    expect(warnSpy).toHaveBeenCalledExactlyOnceWith('[sh-ui] ShSegment: as="script" is not allowed')
  })

  it('given the same message twice, when warned, then it appears once; after resetWarnings it appears again', () => {
    warn('ShSegment', 'x')
    warn('ShSegment', 'x')
    expect(warnSpy).toHaveBeenCalledTimes(1)
    resetWarnings()
    warn('ShSegment', 'x')
    expect(warnSpy).toHaveBeenCalledTimes(2)
  })

  it('given the same message from two components, when warned, then both appear', () => {
    warn('ShSegment', 'x')
    warn('ShCheckoutLinks', 'x')
    expect(warnSpy).toHaveBeenCalledTimes(2)
  })

  it('given a production build, when warned, then nothing is printed', () => {
    vi.stubEnv('NODE_ENV', 'production')
    warn('ShSegment', 'x')
    expect(warnSpy).not.toHaveBeenCalled()
  })
})
