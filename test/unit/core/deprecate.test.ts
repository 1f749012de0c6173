import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { renamedProp, renameUiKeys } from '../../../src/core/deprecate'

let warnSpy: MockInstance<typeof console.warn>
beforeEach(() => {
  warnSpy = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  warnSpy.mockRestore()
  vi.unstubAllEnvs()
})

const qasRename = { from: 'questions', to: 'qas', removedIn: '1.0.0' }

describe('renamedProp', () => {
  it('given only the old prop, when read, then its value is used and one warning names the component, both props and the removal', () => {
    const value = renamedProp('ShFaq', { questions: ['a'] }, qasRename)
    expect(value).toEqual(['a'])
    expect(warnSpy).toHaveBeenCalledExactlyOnceWith(
      '[sh-ui] ShFaq: the prop "questions" is deprecated; use "qas" instead. It will be removed in 1.0.0.',
    )
  })

  it('given the old prop on many instances, when each reads it, then the console shows the warning once', () => {
    for (let i = 0; i < 100; i++) renamedProp('ShFaq', { questions: [i] }, qasRename)
    expect(warnSpy).toHaveBeenCalledTimes(1)
  })

  it('given both props, when read, then the new one wins (and the old one is still reported)', () => {
    expect(renamedProp('ShFaq', { questions: ['old'], qas: ['new'] }, qasRename)).toEqual(['new'])
    expect(warnSpy).toHaveBeenCalledTimes(1)
  })

  it('given only the new prop, when read, then its value is used and nothing is printed', () => {
    expect(renamedProp('ShFaq', { qas: ['new'] }, qasRename)).toEqual(['new'])
    expect(warnSpy).not.toHaveBeenCalled()
  })

  it('given a production build, when the old prop is read, then it still works and nothing is printed', () => {
    vi.stubEnv('NODE_ENV', 'production')
    expect(renamedProp('ShFaq', { questions: ['a'] }, qasRename)).toEqual(['a'])
    expect(warnSpy).not.toHaveBeenCalled()
  })
})

describe('renameUiKeys', () => {
  const renames = [{ from: 'header.heading', to: 'header.title' }, { from: 'root', to: 'wrapper' }]

  it('given old nested and top-level keys, when renamed, then the classes move to the new keys and each old key warns once', () => {
    const ui = { root: 'p-4', header: { heading: 'text-2xl', search: 'w-full' } }
    expect(renameUiKeys('ShFaq', ui, renames)).toEqual({ wrapper: 'p-4', header: { title: 'text-2xl', search: 'w-full' } })
    expect(warnSpy.mock.calls.map(([text]) => text)).toEqual([
      '[sh-ui] ShFaq: the ui key "header.heading" is deprecated; use "header.title" instead.',
      '[sh-ui] ShFaq: the ui key "root" is deprecated; use "wrapper" instead.',
    ])
  })

  it('given an old key whose parent holds nothing else, when renamed, then no empty parent is left behind', () => {
    expect(renameUiKeys('ShFaq', { header: { heading: 'x' } }, [{ from: 'header.heading', to: 'heading' }])).toEqual({ heading: 'x' })
  })

  it('given the old and the new key, when renamed, then the new key keeps its classes and the old one is dropped', () => {
    expect(renameUiKeys('ShFaq', { root: 'p-2', wrapper: 'p-8' }, renames)).toEqual({ wrapper: 'p-8' })
  })

  it('given the caller\'s object, when renamed, then it is left unchanged', () => {
    const ui = { header: { heading: 'text-2xl' } }
    renameUiKeys('ShFaq', ui, renames)
    expect(ui).toEqual({ header: { heading: 'text-2xl' } })
  })

  it('given a ui with only current keys, a JSON string or nothing, when renamed, then it comes back as given, silently', () => {
    const current = { wrapper: 'p-4' }
    expect(renameUiKeys('ShFaq', current, renames)).toBe(current)
    expect(renameUiKeys('ShFaq', '{"root":"p-4"}', renames)).toBe('{"root":"p-4"}')
    expect(renameUiKeys('ShFaq', undefined, renames)).toBeUndefined()
    expect(warnSpy).not.toHaveBeenCalled()
  })
})
