import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { warn } from '../../../src/core/warn'

let warnSpy: MockInstance<typeof console.warn>
beforeEach(() => {
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

  it('given the same message twice, when warned, then it appears once', () => {
    warn('ShSegment', 'x')
    warn('ShSegment', 'x')
    expect(warnSpy).toHaveBeenCalledExactlyOnceWith('[sh-ui] ShSegment: x')
  })

  it('given a message already shown, when a logger replaces console.warn, then the logger sees it once too', () => {
    warn('ShSegment', 'x')
    const logged: unknown[] = []
    const before = console.warn
    console.warn = (text: unknown) => logged.push(text)
    try {
      warn('ShSegment', 'x')
      warn('ShSegment', 'x')
    } finally {
      console.warn = before
    }
    expect(logged).toEqual(['[sh-ui] ShSegment: x'])
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
