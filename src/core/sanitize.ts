import { decodeEntities } from './faq-text'
import { sanitizeId } from './slug'
import { safeUrl } from './url'

/*
 * Allow-list HTML sanitiser for the output of the markdown renderer (where
 * content's inline HTML passes through). Output is rebuilt, never copied:
 * text is escaped, only listed tags and attributes are re-serialised with
 * quoted, escaped values, URLs must pass safeUrl(); anything else is
 * dropped, the contents of script-like elements included. Written for size:
 * js-xss does the same job but doubled the weight of ShFaq + ShMarkdown.
 */

const CELL = ['align', 'colspan', 'rowspan', 'scope']
const ALLOWED: Record<string, string[]> = {
  a: ['href', 'title', 'target', 'class', 'id', 'lang', 'hreflang'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  abbr: ['title'],
  span: ['class', 'lang'],
  ol: ['start'],
  th: CELL,
  td: CELL,
}
for (const tag of 'p br hr b strong i em u s del ins mark small sub sup code pre kbd q blockquote ul li dl dt dd h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr caption'.split(' ')) {
  ALLOWED[tag] ??= []
}

/** Elements whose content must not survive as text either. */
const DROP_CONTENT = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'object', 'embed', 'textarea', 'select', 'xmp', 'noembed', 'noframes', 'svg', 'math', 'title'])
const VOID = new Set(['br', 'hr', 'img'])
export const TARGETS = new Set(['_blank', '_self', '_parent', '_top'])

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function attribute(tag: string, name: string, raw: string): string | undefined {
  if (!ALLOWED[tag]!.includes(name)) return undefined
  let value: string | undefined = decodeEntities(raw)
  if (name === 'href' || name === 'src') value = safeUrl(value)
  else if (name === 'target') value = TARGETS.has(value) ? value : undefined
  else if (name === 'id') value = sanitizeId(value) || undefined
  return value === undefined ? undefined : ` ${name}="${escapeHtml(value)}"`
}

function openTag(tag: string, attrs: string): string {
  let out = ''
  let blank = false
  for (const match of attrs.matchAll(ATTR)) {
    const name = match[1]!.toLowerCase()
    const piece = attribute(tag, name, match[2] ?? match[3] ?? match[4] ?? '')
    if (piece && !out.includes(` ${name}="`)) out += piece
    if (name === 'target' && piece?.includes('_blank')) blank = true
  }
  return `<${tag}${out}${blank ? ' rel="noopener noreferrer"' : ''}>`
}

/** Safe HTML from untrusted HTML: see the module comment for the rules. */
export function sanitizeHtml(html: string): string {
  let out = ''
  let at = 0
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    out += escapeHtml(html.slice(at, match.index)).replace(/&amp;(#?\w+;)/g, '&$1')
    at = TOKEN.lastIndex
    const tag = match[2]?.toLowerCase()
    if (!tag) continue
    const closing = match[1] === '/'
    if (DROP_CONTENT.has(tag)) {
      if (!closing) {
        const end = html.toLowerCase().indexOf(`</${tag}`, at)
        at = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length
        TOKEN.lastIndex = at
      }
    } else if (ALLOWED[tag]) {
      // Content writes `</br>` for a line break; browsers read it as `<br>`, so say so.
      if (tag === 'br') out += '<br>'
      else if (!closing) out += openTag(tag, match[3] ?? '')
      else if (!VOID.has(tag)) out += `</${tag}>`
    }
  }
  return out + escapeHtml(html.slice(at)).replace(/&amp;(#?\w+;)/g, '&$1')
}

/** What a table cell may keep: links and inline emphasis, code and line breaks. */
const CELL_TAGS = new Set(['a', 'b', 'strong', 'i', 'em', 'u', 's', 'mark', 'small', 'sub', 'sup', 'code', 'kbd', 'br', 'span', 'abbr'])
// Matches tags of sanitizeHtml's output only: it re-serialises every tag with quoted, escaped values, so no `>` hides in one.
const OUTPUT_TAG = /<\/?([a-z][\w-]*)[^>]*>/g

/**
 * Safe HTML for a table cell: sanitizeHtml, then every tag outside the cell
 * allow-list is removed with its text kept, so the cell shows what
 * htmlToText() gives search, sort, filters and CSV.
 */
export function sanitizeCellHtml(html: unknown): string {
  if (typeof html !== 'string') return ''
  return sanitizeHtml(html).replace(OUTPUT_TAG, (tag, name: string) => (CELL_TAGS.has(name) ? tag : ''))
}

/** The text a reader sees in `html`: tags gone (script-like elements with their content), `<br>` a line break, entities decoded. */
export function htmlToText(html: unknown): string {
  if (typeof html !== 'string') return ''
  const text = sanitizeHtml(html).replace(/\s+/g, ' ').replace(OUTPUT_TAG, (_tag, name: string) => (name === 'br' ? '\n' : ''))
  return decodeEntities(text.replace(/ ?\n ?/g, '\n')).trim()
}
