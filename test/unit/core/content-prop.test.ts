import { describe, expect, it } from 'vitest'
import { parseContentProp } from '../../../src/core/content-prop'
import { captureWarnings } from '../../support/warnings'

const warned = captureWarnings()
const options = { component: 'ShFaq', prop: 'qas', expect: 'array' } as const

describe('parseContentProp', () => {
  it('given a JSON string from MDC, when parsed, then the value is returned without warnings', () => {
    expect(parseContentProp('[{"q":"A"}]', options)).toEqual([{ q: 'A' }])
    expect(warned.sh()).toEqual([])
  })

  it.each([null, undefined, ''])('given %s (not set), when parsed, then undefined is returned silently', (input) => {
    expect(parseContentProp(input, options)).toBeUndefined()
    expect(warned.sh()).toEqual([])
  })

  it('given invalid JSON, when parsed, then one warning names component and prop', () => {
    expect(parseContentProp('[{q:', options)).toBeUndefined()
    expect(warned.sh()).toEqual([expect.stringContaining('ShFaq: qas is not valid JSON')])
  })

  it('given an object where an array is expected, when parsed, then it warns with a description of the value', () => {
    expect(parseContentProp({ q: 'A' }, options)).toBeUndefined()
    expect(warned.sh()).toEqual([expect.stringContaining('qas must be an array, got object')])
  })
})
