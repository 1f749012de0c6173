import { describe, expect, it } from 'vitest'
import { decodeEntities } from '../../../src/core/entities'
import { HTML_ENTITIES } from '../../../src/core/html-entities'
import { htmlToBlockText } from '../../../src/core/sanitize'
import { renderMarkdown } from '../../../src/core/markdown'

describe('visible text of rendered markdown (htmlToBlockText)', () => {
  it('given paragraphs, emphasis, an MDC link and a soft break, when reduced, then the words read as on the page', () => {
    const html = renderMarkdown('A small **part** of a [machine](/m){target="_blank"}.\n\nSecond para\nsoft break')
    expect(htmlToBlockText(html)).toBe('A small part of a machine.\n\nSecond para soft break')
  })
  it('given a list, a code block and a table, when reduced, then items and rows take lines, code keeps its lines and cells stay apart', () => {
    const html = renderMarkdown('* one\n* two\n\n```js\nconst a = 1\n  b\n```\n\n| A | B |\n|---|---|\n| Resource1 | x |')
    expect(htmlToBlockText(html)).toBe('one\ntwo\n\nconst a = 1\n  b\n\nA B\nResource1 x')
  })
  it('given a script and an image, when reduced, then neither adds text', () => {
    expect(htmlToBlockText(renderMarkdown('Before <script>alert(1)</script>![alt text](/a.png) after'))).toBe('Before after')
  })
})

describe('character references', () => {
  it('given Latin-1 and typographic names, when decoded, then each is its character', () => {
    expect(decodeEntities('&nbsp;&iexcl;&copy;&frac34;&Agrave;&times;&yuml;&mdash;&hellip;&euro;&rsquo;', HTML_ENTITIES)).toBe('\u00a0¡©¾À×ÿ—…€’')
  })
  it('given case variants, NUL and an unknown name, when decoded, then they follow HTML', () => {
    expect(decodeEntities('&Eacute;&eacute;&AMP;&#0;&#xD800;&nosuch;', HTML_ENTITIES)).toBe('Éé&\ufffd\ufffd&nosuch;')
  })
})
