import { describe, expect, it } from 'vitest'
import { resolveUi } from '../../../src/core/ui'

describe('resolveUi', () => {
  it('given a default p-2, when a layer sets p-4, then p-4 replaces it and other classes stay', () => {
    const theme = { wrapper: 'p-2 border', header: { title: 'text-xl font-bold' } }
    const ui = resolveUi(theme, [{ wrapper: 'p-4' }])
    expect(ui.wrapper).toBe('border p-4')
    expect(ui.header.title).toBe('text-xl font-bold')
  })
})
