import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked'
import { escapeHtml as escapeAttr, sanitizeHtml, TARGETS } from './sanitize'
import { sanitizeId } from './slug'
import { safeUrl } from './url'

/*
 * CommonMark (marked) + MDC link attributes + the allow-list sanitiser of
 * sanitize.ts (plain string code, so the same on the server and in the
 * browser). The sanitiser runs on the final HTML, so nothing marked lets
 * through (raw inline HTML included) escapes it.
 */

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

/**
 * Recently rendered sources, least recently used first. ShFaq reads each
 * source twice (its visible text for labels, search and JSON-LD, then the
 * render) and repeated questions are common, so both passes share one parse;
 * bounded so a long-running server does not keep every page's markdown.
 */
const rendered = new Map<string, string>()
const CACHE_SIZE = 1000

/**
 * Markdown to safe HTML. `inline` renders a single line (questions, titles)
 * without a wrapping paragraph.
 */
export function renderMarkdown(source: unknown, inline = false): string {
  if (typeof source !== 'string' || !source) return ''
  const key = `${inline ? 'i' : 'b'}${source}`
  let html = rendered.get(key)
  if (html === undefined) {
    html = sanitizeHtml((inline ? parser.parseInline(source) : parser.parse(source)) as string)
    if (rendered.size >= CACHE_SIZE) rendered.delete(rendered.keys().next().value!)
  } else rendered.delete(key)
  rendered.set(key, html)
  return html
}
