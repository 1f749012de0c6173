import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import ShSegment from '../../src/components/ShSegment.vue'
import { ShUi } from '../../src/plugin'
import { ssr, trackBrowserGlobals } from '../support/ssr'

/** The style attribute of the background layer exactly as the server sends it. */
function serverStyle(html: string): string {
  const match = /data-slot="background"[^>]*style="([^"]*)"/.exec(html)
  if (!match) throw new Error(`no background style in ${html}`)
  return match[1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>')
}

/** Vue's fragment and v-if markers dropped, so assertions can follow the element structure. */
const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '')

describe('ShSegment on the server', () => {
  it('given slot content and ui classes, when rendered to a string, then the markup carries tag, classes, slots and content', async () => {
    const html = await ssr(ShSegment, { as: 'section', ui: { wrapper: 'p-4', inner: 'max-w-prose' }, id: 'intro' }, { slots: { default: () => h('p', 'Welcome') } })
    const root = /^<section ([^>]*)>/.exec(html)?.[1] ?? ''
    expect(root).toContain('class="relative p-4"')
    expect(root).toContain('id="intro"')
    expect(root).toContain('data-slot="wrapper"')
    expect(html).toContain('<div class="relative max-w-prose" data-slot="inner">')
    expect(html).toContain('<p>Welcome</p>')
  })

  it('given a description, when rendered to a string, then it is not in the HTML', async () => {
    expect(await ssr(ShSegment, { description: 'Note for editors' })).not.toContain('Note for editors')
  })

  it('given as="script", when rendered to a string, then a div is sent and no script element', async () => {
    const html = await ssr(ShSegment, { as: 'script' }, { slots: { default: () => 'alert(1)' } })
    expect(html).toMatch(/^<div /)
    expect(html).not.toContain('<script')
  })

  it('given plugin options, when rendered to a string, then the server output uses them', async () => {
    const html = await ssr(ShSegment, {}, { setupApp: (app) => void app.use(ShUi, { ui: { segment: { wrapper: 'bg-sh-surface' } } }) })
    expect(html).toContain('class="relative bg-sh-surface"')
  })

  it.each([
    ['a double quote', 'x.png"); background-color: red; --x: url("'],
    ['a single quote', "x.png'); color: red; --x: ('"],
    ['parentheses', 'x.png) ; position: fixed ; ('],
    ['a semicolon', 'x.png;color:red'],
    ['a backslash escape', 'x.png\\22 ); color: red'],
    ['a closing brace', 'x.png;}body{display:none'],
    ['a newline', 'x.png\n;color:red'],
  ])('given a background URL with %s, when rendered to a string, then the style attribute holds exactly one declaration', async (_, url) => {
    const style = serverStyle(await ssr(ShSegment, { imageBackground: url }))
    // One property, one quoted string that contains nothing able to end it, then the end of the attribute.
    expect(style).toMatch(/^background-image:url\("[^"'\\\n\r;(){}]*"\);$/)
  })

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html,<script>alert(1)</script>'])(
    'given the unsafe background %j, when rendered to a string, then no background layer is sent',
    async (url) => {
      const html = await ssr(ShSegment, { imageBackground: url })
      expect(html).not.toContain('data-slot="background"')
      expect(html).not.toMatch(/script:/i)
    },
  )

  it('given a data-image background, when rendered to a string, then its one url() keeps the base64 header inside the quotes', async () => {
    const style = serverStyle(await ssr(ShSegment, { imageBackground: 'data:image/png;base64,iVBORw0KGgo=' }))
    expect(style).toBe('background-image:url("data:image/png;base64,iVBORw0KGgo=");')
  })

  it('given nested segments, when rendered to a string, then both wrappers are in the output in order', async () => {
    const html = await ssr(ShSegment, { as: 'section' }, { slots: { default: () => h(ShSegment, { as: 'article' }, () => 'Deep') } })
    expect(html.indexOf('<section')).toBeLessThan(html.indexOf('<article'))
    expect(html).toContain('Deep')
  })

  it('given a writer\'s grid wrapper around 9 blocks, when rendered, then the 9 blocks are the direct children of the element carrying ui.wrapper', async () => {
    const blocks = () => Array.from({ length: 9 }, (_, n) => h('p', { class: 'block' }, `Column ${n + 1}`))
    const html = await ssr(ShSegment, { ui: { wrapper: 'grid grid-rows-1 gap-4' } }, { slots: { default: blocks } })
    const columns = Array.from({ length: 9 }, (_, n) => `<p class="block">Column ${n + 1}</p>`).join('')
    expect(withoutComments(html)).toBe(`<div class="relative grid grid-rows-1 gap-4" data-slot="wrapper">${columns}</div>`)
  })

  it('given a background image, when rendered, then the content sits in the inner element above the image layer', async () => {
    const html = await ssr(ShSegment, { imageBackground: '/bg.png' }, { slots: { default: () => h('p', 'Over') } })
    expect(withoutComments(html)).toMatch(/data-slot="background"[^>]*><\/div><div class="relative" data-slot="inner"><p>Over<\/p><\/div><\/div>$/)
  })

  it('given ui leaves written as YAML null (wrapper: with no value), when rendered, then the defaults apply and nothing is warned', async () => {
    const warnings: unknown[] = []
    const original = console.warn
    console.warn = (...args: unknown[]) => void warnings.push(args)
    try {
      const html = await ssr(ShSegment, { ui: { wrapper: null, inner: null } }, { slots: { default: () => 'Quiet' } })
      expect(withoutComments(html)).toBe('<div class="relative" data-slot="wrapper">Quiet</div>')
    } finally {
      console.warn = original
    }
    expect(warnings).toEqual([])
  })

  it('given the setup runs on a server, when rendered, then sh-ui code never touches window, document or location', async () => {
    const { result, touched } = await trackBrowserGlobals(() => ssr(ShSegment, { imageBackground: '/bg.png', as: 'section' }, { slots: { default: () => 'x' } }))
    expect(result).toContain('<section')
    expect(touched).toEqual([])
  })

  it('given code that does touch window during setup, when tracked, then the tracker reports it (so the check above can fail)', async () => {
    const Bad = defineComponent({
      setup() {
        const path = typeof window === 'undefined' ? 'server' : 'client'
        return () => h('p', path)
      },
    })
    const { touched } = await trackBrowserGlobals(() => ssr(Bad), /test\/ssr\//)
    expect(touched).toEqual([expect.stringMatching(/^window from/)])
  })
})
