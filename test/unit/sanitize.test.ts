import { describe, expect, it } from 'vitest'
import { htmlToText, sanitizeCellHtml, sanitizeHtml } from '../../src/core/sanitize'

describe('sanitizeHtml (markdown output)', () => {
  it('given allowed tags with extra attributes, when sanitised, then only listed attributes survive, quoted and escaped', () => {
    expect(sanitizeHtml('<p style="color:red" onclick=x>Hi <abbr title=\'a"b\' id=x>WHO</abbr></p>')).toBe('<p>Hi <abbr title="a&quot;b">WHO</abbr></p>')
  })
  it('given unsafe URLs, when sanitised, then the attribute is removed and the link text stays', () => {
    expect(sanitizeHtml('<a href="javascript:alert(1)">a</a><a href=" JaVa&#x0A;Script:x">b</a><img src="data:text/html,x" alt=c>')).toBe(
      '<a>a</a><a>b</a><img alt="c">',
    )
  })
  it('given safe URLs including an empty href, when sanitised, then they are kept', () => {
    expect(sanitizeHtml('<a href="">self</a> <a href="mailto:x@y.z">m</a> <img src="data:image/png;base64,AAAA">')).toBe(
      '<a href="">self</a> <a href="mailto:x@y.z">m</a> <img src="data:image/png;base64,AAAA">',
    )
  })
  it('given code with a language class and with another class, when sanitised, then only language-* survives', () => {
    expect(sanitizeHtml('<pre><code class="language-c++">x</code></pre><code class="evil x">y</code>')).toBe(
      '<pre><code class="language-c++">x</code></pre><code>y</code>',
    )
  })
  it('given script-like elements and comments, when sanitised, then they disappear with their content', () => {
    expect(sanitizeHtml('a<script>alert(1)</script>b<svg><g onload=x>1</g></svg>c<!-- note -->d<!-->e<!--->f')).toBe('abcdef')
  })
  it('given HTML elements outside the allow-list, when sanitised, then they are unwrapped and their text stays', () => {
    expect(sanitizeHtml('<div class="note"><font color=red>Read</font> <form action="//evil"><button>me</button></form></div>')).toBe('Read me')
  })
  it('given a tag that is no HTML element, when sanitised, then it is shown as text, attribute included', () => {
    expect(sanitizeHtml('[foo <bar attr="](baz)">')).toBe('[foo &lt;bar attr=&quot;](baz)&quot;&gt;')
  })
  it('given tag names that are Object.prototype members, when sanitised, then they are text, not a crash', () => {
    expect(sanitizeHtml('<constructor x=1>a</constructor><__proto__>')).toBe('&lt;constructor x=1&gt;a&lt;/constructor&gt;&lt;__proto__&gt;')
  })
  it('given target _blank, when sanitised, then rel noopener is added and a bad target is dropped', () => {
    expect(sanitizeHtml('<a href="/x" target="_blank" rel="opener">x</a><a href="/y" target="evil">y</a>')).toBe(
      '<a href="/x" target="_blank" rel="noopener noreferrer">x</a><a href="/y">y</a>',
    )
  })
  it('given a duplicated attribute, when sanitised, then the first one wins as in a browser', () => {
    expect(sanitizeHtml('<a href="/first" href="javascript:x">x</a>')).toBe('<a href="/first">x</a>')
  })
  it('given text that looks like markup, when sanitised, then it can never become a tag', () => {
    expect(sanitizeHtml('a < b > c & "d" &lt;script&gt;')).toBe('a &lt; b &gt; c &amp; &quot;d&quot; &lt;script&gt;')
  })
})

describe('sanitizeCellHtml', () => {
  it('given links and inline emphasis, when sanitised, then they survive with safe attributes only', () => {
    expect(sanitizeCellHtml('<a href="https://oma.example/x" target="_blank" class="c" title="T">Spec</a> <b>v1</b><sub>2</sub><br/>next')).toBe(
      '<a href="https://oma.example/x" target="_blank" title="T" rel="noopener noreferrer">Spec</a> <b>v1</b><sub>2</sub><br>next',
    )
  })
  it('given block or layout markup, when sanitised, then the tags go and the text stays', () => {
    expect(sanitizeCellHtml('<table><tr><td>in</td></tr></table><img src=x onerror=alert(1)><p>para</p><bar>x</bar>')).toBe('inparax')
  })
  it('given a script or javascript: link, when sanitised, then nothing executable remains', () => {
    expect(sanitizeCellHtml('<script>alert(1)</script><a href="javascript:alert(1)" onclick="x">go</a>')).toBe('<a>go</a>')
  })
  it('given no string, when sanitised, then the cell is empty', () => {
    expect(sanitizeCellHtml(null)).toBe('')
    expect(sanitizeCellHtml(42)).toBe('')
  })
})

describe('htmlToText', () => {
  it('given cell HTML, when reduced to text, then the reader-visible text results with entities decoded', () => {
    expect(htmlToText('<a href="/x">R&amp;D</a>  <b>caf&#233;</b>&nbsp;&#x263A;')).toBe('R&D café\u00a0☺')
  })
  it('given line breaks and hidden content, when reduced to text, then breaks are newlines and hidden content is gone', () => {
    expect(htmlToText(' one <br> two<script>alert(1)</script><!-- c -->\n three ')).toBe('one\ntwo three')
  })
  it('given the text of sanitizeCellHtml output, when compared, then search sees what the cell shows', () => {
    const html = '<p>Open <i>Mobile</i></p> <div>Alliance</div>'
    expect(htmlToText(sanitizeCellHtml(html))).toBe(htmlToText(html))
    expect(htmlToText(sanitizeCellHtml(html))).toBe('Open Mobile Alliance')
  })
  it('given an entity named like an Object.prototype member, when reduced to text, then it stays as written', () => {
    expect(htmlToText('&constructor; &toString;')).toBe('&constructor; &toString;')
  })
  it('given no string, when reduced to text, then it is empty', () => {
    expect(htmlToText(undefined)).toBe('')
  })
})
