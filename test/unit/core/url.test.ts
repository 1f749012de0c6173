import { describe, expect, it } from 'vitest'
import { cssUrl, isExternalUrl, safeUrl } from '../../../src/core/url'

describe('safeUrl', () => {
  it.each(['/docs/lwm2m', 'page#faq', '#top', '?q=1', 'https://omaspecworks.org', 'http://x.test', 'mailto:a@b.c', 'tel:+123', '//cdn.test/a.png'])(
    'given the safe URL %s, when checked, then it is kept',
    (url) => expect(safeUrl(url)).toBe(url),
  )

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
  ])('given the unsafe URL %j, when checked, then it is rejected', (url) => expect(safeUrl(url)).toBeUndefined())

  it.each(['data:image/png;base64,iVBORw0KGgo=', 'DATA:image/JPEG;base64,/9j/', 'data:image/webp;base64,UklGR'])(
    'given the image data URL %s, when checked, then it is allowed',
    (url) => expect(safeUrl(url)).toBe(url),
  )

  it.each([undefined, null, 42, {}, '', '   '])('given the non-URL %j, when checked, then it is rejected', (url) => {
    expect(safeUrl(url)).toBeUndefined()
  })

  it('given surrounding whitespace, when checked, then the trimmed URL is returned', () => {
    expect(safeUrl('  /a  ')).toBe('/a')
  })
})

describe('isExternalUrl', () => {
  it.each([
    ['https://x.test', true],
    ['HTTP://x.test', true],
    ['//x.test/a', true],
    ['/internal', false],
    ['relative/path', false],
    ['#hash', false],
    ['mailto:a@b.c', false],
  ])('given %s, when checked, then external is %s', (url, external) => expect(isExternalUrl(url)).toBe(external))
})

/** One quoted url() whose string holds nothing that could end it: no quote, backslash or newline. */
const SINGLE_URL = /^url\("[^"\\\n\r\f]*"\)$/

describe('cssUrl', () => {
  it('given a plain path, when wrapped, then it becomes a quoted url()', () => {
    expect(cssUrl('/img/bg.png')).toBe('url("/img/bg.png")')
  })

  it.each([
    'x.png"); background: red; content: ("',
    "x.png'); color: red",
    'x.png) ; color: red; (',
    'x.png\\"); color: red',
    'x.png\n); color: red',
    'x.png;}body{display:none}',
    'x.png</style><script>alert(1)</script>',
  ])('given the hostile URL %j, when wrapped, then it stays one quoted url() with the specials percent-encoded', (url) => {
    const value = cssUrl(url)!
    expect(value).toMatch(SINGLE_URL)
    expect(value.slice(5, -2)).not.toMatch(/[()'";\\\s<>{}]/)
  })

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html,x', '', undefined, 5])(
    'given the unsafe value %j, when wrapped, then no url() is produced',
    (url) => expect(cssUrl(url)).toBeUndefined(),
  )

  it('given a base64 PNG data URL, when wrapped, then its ";base64," header survives so the image still decodes', () => {
    const value = cssUrl('data:image/png;base64,iVBORw0KGgo=')!
    expect(value).toBe('url("data:image/png;base64,iVBORw0KGgo=")')
    expect(value).toMatch(SINGLE_URL)
  })

  it('given a data URL with a hostile body, when wrapped, then the body is encoded and the header is kept', () => {
    const value = cssUrl('data:image/png;base64,AA");color:red;x:("')!
    expect(value).toMatch(SINGLE_URL)
    expect(value.startsWith('url("data:image/png;base64,AA%22%29%3Bcolor')).toBe(true)
  })
})
