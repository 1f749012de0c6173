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

  it('given the theme radius, when a writer gives another radius, then it replaces it', () => {
    expect(mergeClasses('rounded-sh border', 'rounded-none')).toBe('border rounded-none')
  })

  it('given classes writers set on blocks, when a later one of the same kind is given, then it replaces the earlier one', () => {
    expect(mergeClasses('mb-10 max-w-xl hover:scale-105 ease-in', 'mb-6 max-w-2xl hover:scale-110 ease-out')).toBe(
      'mb-6 max-w-2xl hover:scale-110 ease-out',
    )
  })

  it('given a side or block padding, when a later padding covers it, then it is replaced as by the full config', () => {
    expect(mergeClasses('pbe-2 left-2', 'py-3 inset-0')).toBe('py-3 inset-0')
  })

  it('given ring and gradient classes in one string, when merged, then none is read as a colour and removed', () => {
    expect(mergeClasses('ring-1 ring-inset ring-sh-border ring-offset-2', 'bg-linear-to-r from-sky-100 from-10% to-white')).toBe(
      'ring-1 ring-inset ring-sh-border ring-offset-2 bg-linear-to-r from-sky-100 from-10% to-white',
    )
  })

  it('given two classes of a kind no content block overrides, when merged, then both stay and the stylesheet decides', () => {
    expect(mergeClasses('blur-sm', 'blur-lg')).toBe('blur-sm blur-lg')
  })

  it('given falsy parts, when merged, then they are ignored', () => {
    expect(mergeClasses(undefined, 'p-2', null, false, '', 'm-1')).toBe('p-2 m-1')
  })

  it('given nothing, when merged, then the result is empty', () => {
    expect(mergeClasses()).toBe('')
  })
})
