import { describe, expect, it } from 'vitest'
import { isAppPath, isCurrentPath, resolveLinks } from '../../../src/core/links'
import { captureWarnings } from '../../support/warnings'

const warned = captureWarnings()
const warnings = warned.all

describe('resolveLinks', () => {
  it('given nothing, when resolved, then there are no links and no warning', () => {
    expect(resolveLinks(undefined, 'ShCheckoutLinks')).toEqual([])
    expect(resolveLinks(null, 'ShCheckoutLinks')).toEqual([])
    expect(warned.spy).not.toHaveBeenCalled()
  })

  it('given internal and external links, when resolved, then absolute URLs are external and paths are not', () => {
    const links = resolveLinks(
      [
        { label: 'LwM2M', to: '/lwm2m' },
        { label: 'GitHub', to: 'https://github.com/OpenMobileAlliance' },
        { label: 'CDN', to: '//cdn.test/x' },
      ],
      'ShCheckoutLinks',
    )
    expect(links.map((link) => [link.label, link.href, link.external])).toEqual([
      ['LwM2M', '/lwm2m', false],
      ['GitHub', 'https://github.com/OpenMobileAlliance', true],
      ['CDN', '//cdn.test/x', true],
    ])
  })

  it('given an explicit external flag, when resolved, then it wins over detection', () => {
    const [internal, forced] = resolveLinks(
      [
        { label: 'A', to: 'https://a.test', external: false },
        { label: 'B', to: '/b', external: true },
      ],
      'ShCheckoutLinks',
    )
    expect(internal!.external).toBe(false)
    expect(forced!.external).toBe(true)
  })

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html,<b>x</b>', ''])(
    'given the unsafe href %j, when resolved, then the link has no href, is not external and a warning names it',
    (to) => {
      const [link] = resolveLinks([{ label: 'Bad', to, external: true }], 'ShCheckoutLinks')
      expect(link).toMatchObject({ label: 'Bad', href: undefined, external: false })
      expect(warnings()).toEqual([expect.stringMatching(/^\[sh-ui\] ShCheckoutLinks: links item "Bad" has an unsafe/)])
    },
  )

  it('given an image data URL, when resolved, then it is kept as a link', () => {
    expect(resolveLinks([{ label: 'Logo', to: 'data:image/png;base64,AAAA' }], 'ShCheckoutLinks')[0]!.href).toBe('data:image/png;base64,AAAA')
  })

  it('given a JSON string, when resolved, then it is parsed like the array', () => {
    const links = resolveLinks('[{"label":"FAQ","to":"/faq","description":"Answers"}]', 'ShCheckoutLinks')
    expect(links).toEqual([expect.objectContaining({ label: 'FAQ', href: '/faq', description: 'Answers' })])
  })

  it('given invalid JSON, when resolved, then no links and one warning', () => {
    expect(resolveLinks('[{"label":', 'ShCheckoutLinks')).toEqual([])
    expect(warnings()).toEqual([expect.stringContaining('ShCheckoutLinks: links is not valid JSON')])
  })

  it.each([
    [{ label: 'x', to: '/x' }, 'object'],
    [5, 'number'],
  ])('given the non-array %j, when resolved, then no links and one warning saying what it got', (input, got) => {
    expect(resolveLinks(input, 'ShCheckoutLinks')).toEqual([])
    expect(warnings()).toEqual([expect.stringContaining(`links must be an array of { label, to }, got ${got}`)])
  })

  it('given items without a usable label, when resolved, then they are skipped with one warning and the valid ones stay', () => {
    const links = resolveLinks([null, 'x', { to: '/a' }, { label: '  ', to: '/b' }, { label: 5 }, { label: 'Ok', to: '/ok' }], 'ShCheckoutLinks')
    expect(links.map((link) => link.label)).toEqual(['Ok'])
    expect(warnings()).toHaveLength(1)
  })

  it('given a non-string description, when resolved, then it is dropped', () => {
    expect(resolveLinks([{ label: 'A', to: '/a', description: 5 }], 'ShCheckoutLinks')[0]!.description).toBeUndefined()
  })

  it('given duplicate links, when resolved, then every key is distinct', () => {
    const links = resolveLinks(
      [
        { label: 'A', to: '/a' },
        { label: 'A', to: '/a' },
        { label: 'A', to: '/a' },
      ],
      'ShCheckoutLinks',
    )
    expect(new Set(links.map((link) => link.key)).size).toBe(3)
  })

  it('given links whose label and path only differ in where a separator sits, when resolved, then their keys still differ', () => {
    const links = resolveLinks(
      [
        { label: 'c', to: 'a|b' },
        { label: 'b|c', to: 'a' },
        { label: 'x', to: '/y' },
        { label: 'x', to: '/y' },
        { label: 'x|1', to: '/y' },
        { label: '1', to: '/y|x' },
      ],
      'ShCheckoutLinks',
    )
    expect(new Set(links.map((link) => link.key)).size).toBe(links.length)
  })

  it('given the same input twice, when resolved, then keys are stable', () => {
    const input = [
      { label: 'A', to: '/a' },
      { label: 'A', to: '/a' },
    ]
    expect(resolveLinks(input, 'X').map((l) => l.key)).toEqual(resolveLinks(input, 'X').map((l) => l.key))
  })
})

describe('isCurrentPath', () => {
  it.each([
    ['/faq', '/faq', true],
    ['/faq/', '/faq', true],
    ['/faq', '/faq/', true],
    ['/faq?x=1#top', '/faq', true],
    ['/', '/', true],
    ['/faq', '/faq/more', false],
    ['/faq', undefined, false],
    ['https://x.test/faq', '/faq', false],
    ['faq', '/faq', false],
    ['#faq', '/faq', false],
  ])('given href %s and current path %s, when compared, then current is %s', (href, current, expected) => {
    expect(isCurrentPath(href, current)).toBe(expected)
  })
})

describe('isAppPath', () => {
  it.each([
    ['/faq', true],
    ['/', true],
    ['//cdn.test/x', false],
    ['https://x.test/', false],
    ['mailto:a@b.c', false],
    ['#top', false],
    ['faq', false],
  ])('given %s, when checked, then a router may handle it: %s', (href, expected) => expect(isAppPath(href)).toBe(expected))
})
