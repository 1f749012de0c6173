import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked'
import xssModule from 'xss'
import type * as XssApi from 'xss'
import { sanitizeId } from './slug'
import { safeUrl } from './url'

/*
 * CommonMark (marked) + MDC link attributes + an allow-list sanitiser (js-xss,
 * works the same on the server and in the browser). The sanitiser runs on
 * the final HTML, so nothing marked lets through (raw inline HTML included)
 * escapes it.
 */

// The CommonJS default export carries every helper; its typings only describe the function.
const xss = xssModule as unknown as typeof XssApi

const TARGETS = new Set(['_blank', '_self', '_parent', '_top'])

/** Reduces MDC `{ target="_blank" .note #id }` to the attributes a link may carry safely. */
export function parseMdcAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {}
  const classes: string[] = []
  const pattern = /([.#])([\w-]+)|([a-zA-Z][\w:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+)))?/g
  for (const match of source.matchAll(pattern)) {
    if (match[1] === '.') classes.push(match[2]!)
    else if (match[1] === '#') out.id = sanitizeId(match[2]!)
    else {
      const name = match[3]!.toLowerCase()
      const value = match[4] ?? match[5] ?? match[6] ?? ''
      if (name === 'target' && TARGETS.has(value)) out.target = value
      else if (name === 'title') out.title = value
      else if (name === 'class') classes.push(...value.split(/\s+/))
      else if (name === 'id') out.id = sanitizeId(value)
      else if ((name === 'lang' || name === 'hreflang') && /^[a-zA-Z-]{1,35}$/.test(value)) out[name] = value
    }
  }
  const safeClasses = classes.filter((name) => /^[\w:/[\].%-]+$/.test(name))
  if (safeClasses.length) out.class = safeClasses.join(' ')
  if (!out.id) delete out.id
  return out
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

interface MdcLinkToken extends Tokens.Generic {
  href: string
  title?: string
  image: boolean
  text: string
  attrs: Record<string, string>
  tokens: Tokens.Generic[]
}

/** `[text](url){attrs}` and `![alt](src){attrs}`: the MDC syntax CommonMark does not know. */
const mdcLink: TokenizerAndRendererExtension = {
  name: 'mdcLink',
  level: 'inline',
  start: (src) => src.match(/!?\[/)?.index,
  tokenizer(src) {
    const match = /^(!?)\[((?:\\.|[^[\]\\]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|[^\s)]*)(?:\s+(?:"([^"]*)"|'([^']*)'))?\s*\)\{([^}\n]*)\}/.exec(src)
    if (!match) return undefined
    const token: MdcLinkToken = {
      type: 'mdcLink',
      raw: match[0],
      image: match[1] === '!',
      text: match[2]!,
      href: match[3]!.replace(/^<|>$/g, ''),
      title: match[4] ?? match[5],
      attrs: parseMdcAttributes(match[6]!),
      tokens: [],
    }
    this.lexer.inlineTokens(token.text, token.tokens)
    return token
  },
  renderer(generic) {
    const token = generic as MdcLinkToken
    const href = safeUrl(token.href)
    const title = token.title ?? token.attrs.title
    if (token.image) {
      // Image attributes (often inline `style`) are dropped; only src/alt/title survive.
      return href ? `<img src="${escapeAttr(href)}" alt="${escapeAttr(token.text)}"${title ? ` title="${escapeAttr(title)}"` : ''}>` : escapeAttr(token.text)
    }
    const inner = this.parser.parseInline(token.tokens)
    if (!href) return inner
    const attrs = Object.entries({ ...token.attrs, title })
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
      .join('')
    return `<a href="${escapeAttr(href)}"${attrs}>${inner}</a>`
  },
}

const parser = new Marked({ gfm: true, breaks: false, async: false })
parser.use({ extensions: [mdcLink] })

const CELL = ['align', 'colspan', 'rowspan', 'scope']

/** Tags and attributes that may reach the page; everything else is stripped to its text. */
const ALLOWED: Record<string, string[]> = {
  a: ['href', 'title', 'target', 'class', 'id', 'lang', 'hreflang'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  p: [], br: [], hr: [], b: [], strong: [], i: [], em: [], u: [], s: [], del: [], ins: [], mark: [], small: [],
  sub: [], sup: [], code: [], pre: [], kbd: [], q: [], blockquote: [], abbr: ['title'], span: ['class', 'lang'],
  ul: [], ol: ['start'], li: [], dl: [], dt: [], dd: [],
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  table: [], thead: [], tbody: [], tfoot: [], tr: [], th: CELL, td: CELL, caption: [],
}

const sanitizer = new xss.FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'noscript', 'template', 'object', 'embed', 'textarea', 'select', 'xmp', 'noembed', 'noframes', 'svg', 'math'],
  onTag(tag: string): string | void {
    // Content writes `</br>` for a line break; browsers treat it as `<br>`, so say so.
    if (tag === 'br') return '<br>'
    return undefined
  },
  onTagAttr(_tag: string, name: string, value: string): string | void {
    if (name === 'href' || name === 'src') {
      const url = safeUrl(xss.friendlyAttrValue(value))
      return url ? `${name}="${xss.escapeAttrValue(url)}"` : ''
    }
    if (name === 'target') return TARGETS.has(value) ? `target="${value}"` : ''
    if (name === 'id') {
      const id = sanitizeId(xss.friendlyAttrValue(value))
      return id ? `id="${id}"` : ''
    }
    return undefined
  },
})

/** Every link opening a new tab gets `rel="noopener noreferrer"`; the sanitiser already quoted every attribute. */
function protectNewTabs(html: string): string {
  return html.replace(/<a\s([^>]*)>/g, (whole, attrs: string) =>
    / target="_blank"/.test(` ${attrs}`) ? `<a ${attrs} rel="noopener noreferrer">` : whole,
  )
}

/** Sanitises HTML from any source through the same allow-list ShMarkdown uses. */
export function sanitizeHtml(html: string): string {
  return protectNewTabs(sanitizer.process(html))
}

/**
 * Markdown to safe HTML. `inline` renders a single line (questions, titles)
 * without a wrapping paragraph.
 */
export function renderMarkdown(source: unknown, inline = false): string {
  if (typeof source !== 'string' || !source) return ''
  const html = inline ? parser.parseInline(source) : parser.parse(source)
  return sanitizeHtml(html as string)
}
