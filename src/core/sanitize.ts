import { decodeEntities } from './entities'
import { HTML_ENTITIES } from './html-entities'
import { sanitizeId } from './slug'
import { safeUrl } from './url'

/*
 * Allow-list HTML sanitisers: sanitizeHtml() for the output of the markdown
 * renderer (where content's inline HTML passes through), sanitizeCellHtml()
 * for HTML table cells. Output is rebuilt, never copied: text is escaped,
 * only listed tags and attributes are re-serialised with quoted, escaped
 * values, URLs must pass safeUrl(). Script-like elements go with their
 * content; other HTML elements are unwrapped (their text stays); a tag that
 * is no HTML element (`<bar attr="](baz)">`) was meant as text and is shown
 * escaped. Written for size: js-xss and sanitize-html do the same job at
 * several times the weight (see the README's Design notes).
 */

/** Tag name to the attributes it keeps. A Map, so `<constructor>` finds nothing inherited. */
type AllowList = Map<string, readonly string[]>

function words(names: string): Set<string> {
  return new Set(names.split(' '))
}

function allowList(attributes: Record<string, readonly string[]>, bare: string): AllowList {
  return new Map([...Object.entries(attributes), ...bare.split(' ').map((tag): [string, string[]] => [tag, []])])
}

const CELL = ['align', 'colspan', 'rowspan', 'scope']
// Pure: table bundles, which sanitise cells only, drop the markdown lists.
const MARKDOWN = /*#__PURE__*/ allowList(
  {
    a: ['href', 'title', 'target', 'class', 'id', 'lang', 'hreflang'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    span: ['class', 'lang'],
    // Only `language-*` (fenced code's info string): see attribute().
    code: ['class'],
    ol: ['start'],
    th: CELL,
    td: CELL,
  },
  'p br hr b strong i em u s del ins mark small sub sup pre kbd q blockquote ul li dl dt dd h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr caption',
)

/** What a data-table cell may hold: inline emphasis and links, nothing that changes the row's layout. */
const CELL_HTML = /*#__PURE__*/ allowList({ a: ['href', 'title', 'target'] }, 'em strong b i u code br span sub sup small')

/** Elements whose content must not survive as text either. */
const DROP_CONTENT = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'object', 'embed', 'textarea', 'select', 'xmp', 'noembed', 'noframes', 'svg', 'math', 'title'])
/** HTML elements outside the allow-lists: unwrapped. Any other tag name is shown as text. */
const HTML_ELEMENTS = /*#__PURE__*/ words(
  'html head body base link meta div section article aside header footer nav main address figure figcaption font center big tt strike blink marquee details summary dialog menu cite dfn var samp time data bdi bdo wbr ruby rt rp picture source video audio track canvas map area form input button label fieldset legend option optgroup datalist output progress meter col colgroup frame frameset applet image isindex keygen nobr plaintext listing acronym slot search hgroup',
)
const VOID = new Set(['br', 'hr', 'img'])
export const TARGETS = new Set(['_blank', '_self', '_parent', '_top'])

// Comments end as browsers end them: `<!-->` and `<!--->` are empty comments, `--!>` closes one.
const TOKEN = /<!--(?:-?>|[\s\S]*?(?:--!?>|$))|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Text between tags: escaped, but entities already written stay entities. */
function escapeText(text: string): string {
  return escapeHtml(text).replace(/&amp;(#?\w+;)/g, '&$1')
}

interface Tag {
  name: string
  closing: boolean
  attrs: string
  raw: string
}

/**
 * Calls `text` for every run of text and `tag` for every tag, in order;
 * comments and script-like elements (with their content) are skipped.
 */
function scan(html: string, text: (run: string) => void, tag: (found: Tag) => void): void {
  let at = 0
  const token = new RegExp(TOKEN)
  for (let match = token.exec(html); match; match = token.exec(html)) {
    if (match.index > at) text(html.slice(at, match.index))
    at = token.lastIndex
    const name = match[2]?.toLowerCase()
    if (!name) continue
    const closing = match[1] === '/'
    if (DROP_CONTENT.has(name)) {
      if (closing) continue
      const end = html.toLowerCase().indexOf(`</${name}`, at)
      at = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length
      token.lastIndex = at
    } else tag({ name, closing, attrs: match[3] ?? '', raw: match[0] })
  }
  if (at < html.length) text(html.slice(at))
}

function attribute(allowed: AllowList, tag: string, name: string, raw: string): string | undefined {
  if (!allowed.get(tag)!.includes(name)) return undefined
  let value: string | undefined = decodeEntities(raw, HTML_ENTITIES)
  // An empty href is a link to the page itself, as CommonMark writes `[link]()`.
  if (name === 'href' || name === 'src') value = name === 'href' && !value.trim() ? '' : safeUrl(value)
  else if (name === 'target') value = TARGETS.has(value) ? value : undefined
  else if (name === 'id') value = sanitizeId(value) || undefined
  else if (tag === 'code') value = /^language-[\w#+.-]+$/.test(value) ? value : undefined
  return value === undefined ? undefined : ` ${name}="${escapeHtml(value)}"`
}

function openTag(allowed: AllowList, tag: string, attrs: string): string {
  let out = ''
  let blank = false
  for (const match of attrs.matchAll(ATTR)) {
    const name = match[1]!.toLowerCase()
    const piece = attribute(allowed, tag, name, match[2] ?? match[3] ?? match[4] ?? '')
    if (piece && !out.includes(` ${name}="`)) out += piece
    if (name === 'target' && piece?.includes('_blank')) blank = true
  }
  return `<${tag}${out}${blank ? ' rel="noopener noreferrer"' : ''}>`
}

/** `textTags`: tag names outside `allowed` that are unwrapped; any other tag is shown as text. Without it all are unwrapped. */
function rebuild(html: string, allowed: AllowList, textTags?: ReadonlySet<string>): string {
  let out = ''
  scan(
    html,
    (run) => (out += escapeText(run)),
    ({ name, closing, attrs, raw }) => {
      // Content writes `</br>` for a line break; browsers read it as `<br>`, so say so.
      if (name === 'br' && allowed.has('br')) out += '<br>'
      else if (!allowed.has(name)) out += textTags && !textTags.has(name) ? escapeHtml(raw) : ''
      else if (!closing) out += openTag(allowed, name, attrs)
      else if (!VOID.has(name)) out += `</${name}>`
    },
  )
  return out
}

/** Safe HTML from untrusted HTML (markdown output): see the module comment for the rules. */
export function sanitizeHtml(html: string): string {
  return rebuild(html, MARKDOWN, HTML_ELEMENTS)
}

/**
 * Safe HTML for a table cell: links (safe href, title, target with rel) and
 * inline emphasis only; every other tag is removed and its text kept, so
 * the cell shows what htmlToText() gives search and export.
 */
export function sanitizeCellHtml(html: unknown): string {
  return typeof html === 'string' ? rebuild(html, CELL_HTML) : ''
}

const PARAGRAPH = /^(p|h[1-6]|pre|blockquote|ul|ol|dl|table|hr|figure|details|section|article|aside|header|footer|nav|address)$/
const LINE = /^(li|tr|div|dt|dd|summary|caption|figcaption|thead|tbody|tfoot)$/

/** What reading text keeps between runs: the text so far, the break waiting for the next text, `<pre>` depth. */
interface Reading {
  out: string
  pending: string
  pre: number
}

/**
 * The text a reader sees in `html`: tags removed (script-like elements and
 * comments with their content), entities decoded, HTML whitespace collapsed
 * (a no-break space stays), `<br>` a line break. For table cells (search,
 * sorting and CSV); rendered markdown reads through htmlToBlockText().
 */
export function htmlToText(html: unknown): string {
  return readText(html)
}

/**
 * htmlToText() for rendered markdown (search and JSON-LD): blocks also go on
 * their own lines, `<pre>` stays as written and table cells stay apart. Its
 * own function so that table bundles do not carry the block rules.
 */
export function htmlToBlockText(html: unknown): string {
  return readText(html, blockTag)
}

function blockTag(reading: Reading, { name, closing }: Tag): void {
  if (PARAGRAPH.test(name)) reading.pending = '\n\n'
  else if (LINE.test(name)) reading.pending ||= '\n'
  else if (name === 'td' || name === 'th') reading.out += ' '
  if (name === 'pre') reading.pre = Math.max(0, reading.pre + (closing ? -1 : 1))
}

function readText(html: unknown, block?: (reading: Reading, tag: Tag) => void): string {
  if (typeof html !== 'string') return ''
  // Breaks wait for the next text, so nested and adjacent blocks give one break, and none at the ends.
  const reading: Reading = { out: '', pending: '', pre: 0 }
  scan(
    html,
    (run) => {
      const text = decodeEntities(run, HTML_ENTITIES)
      if (reading.pending && text.trim()) {
        reading.out += reading.out ? reading.pending : ''
        reading.pending = ''
      }
      // Preformatted spaces and newlines are held as control characters until the rest is collapsed.
      reading.out += reading.pre ? text.replaceAll(' ', '\u0001').replaceAll('\n', '\u0000') : text.replace(/[ \t\n\r\f]+/g, ' ')
    },
    (tag) => {
      if (tag.name === 'br') reading.pending += '\n'
      else block?.(reading, tag)
    },
  )
  return reading.out
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replaceAll('\u0000', '\n')
    .replaceAll('\u0001', ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
