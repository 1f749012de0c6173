import { describe, expect, it } from 'vitest'
import { mergeClasses } from '../../../src/core/class-merge'

describe('mergeClasses', () => {
  it('given conflicting padding, when merged, then the later one wins', () => {
    expect(mergeClasses('p-2 border', 'p-4')).toBe('border p-4')
  })

  it('given axis and side paddings, when merged, then only true conflicts are dropped', () => {
    expect(mergeClasses('px-2 py-1', 'px-4')).toBe('py-1 px-4')
  })

  it('given token colours, when a later token colour of the same kind is given, then it replaces the earlier one', () => {
    expect(mergeClasses('text-sh-fg font-bold', 'text-sh-muted')).toBe('font-bold text-sh-muted')
  })

  it('given the same utility under different variants, when merged, then both variants stay', () => {
    expect(mergeClasses('text-sh-link hover:text-sh-link-hover', 'dark:text-sh-fg')).toBe('text-sh-link hover:text-sh-link-hover dark:text-sh-fg')
  })

  it('given falsy parts, when merged, then they are ignored', () => {
    expect(mergeClasses(undefined, 'p-2', null, false, '', 'm-1')).toBe('p-2 m-1')
  })

  it('given nothing, when merged, then the result is empty', () => {
    expect(mergeClasses()).toBe('')
  })
})
