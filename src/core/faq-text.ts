/*
 * Plain text out of the markdown subset FAQ content uses. Only for text
 * output (search index, JSON-LD, the no-renderer fallback): nothing here is
 * ever inserted as HTML, so stripping by pattern is safe; rendering markdown
 * is left to a real parser (ShMarkdown).
 */

/** U+00A0 to U+00FF, in order: the Latin-1 character references of HTML. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
/** Punctuation and symbols writers type as references; the full HTML table (2,231 names, ~20 kB gzip) is not worth shipping. */
const SYMBOLS: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217,
  sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242,
  Prime: 8243, lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596,
  minus: 8722, infin: 8734, asymp: 8776, ne: 8800, le: 8804, ge: 8805,
}
const NAMED = new Map<string, string>([
  ...LATIN1.split(' ').map((name, index): [string, string] => [name, String.fromCharCode(0xa0 + index)]),
  ...Object.entries(SYMBOLS).map(([name, code]): [string, string] => [name, String.fromCharCode(code)]),
])

/**
 * Decodes character references (`&amp;`, `&eacute;`, `&#106;`, `&#x09;`) as a
 * browser does, so URL checks and plain text see what a reader would. Names
 * outside the table above stay as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      // As HTML: NUL, surrogates and numbers past Unicode become U+FFFD.
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code)
    }
    // Only these have legacy upper-case spellings; other names are case-sensitive (&Eacute; is not &eacute;).
    return NAMED.get(name) ?? (/^(AMP|LT|GT|QUOT|COPY|REG)$/.test(name) ? NAMED.get(name.toLowerCase())! : whole)
  })
}

/** Inline markup removed, line structure kept. */
function stripInline(line: string): string {
  return decodeEntities(
    line
      .replace(/<\/?br\s*\/?>/gi, '\n')
      .replace(/<(script|style|iframe|template|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?/g, '$1')
      .replace(/`+([^`]*)`+/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1'),
  )
}

const LIST_ITEM = /^\s*(?:[*+-]|\d+[.)])\s+/
const HARD_BREAK = / {2,}$|\\$/

/**
 * Paragraphs, each a list of lines: blank lines separate paragraphs, list
 * items and hard breaks (two trailing spaces, `\`, `<br>`) start a new line,
 * other newlines are soft wraps joined by a space as markdown would.
 */
export function textParagraphs(source: unknown): string[][] {
  if (typeof source !== 'string' || !source.trim()) return []
  const paragraphs: string[][] = []
  let lines: string[] = []
  let breakNext = true
  const flush = () => {
    const kept = lines.map((line) => line.trim()).filter(Boolean)
    if (kept.length) paragraphs.push(kept)
    lines = []
    breakNext = true
  }
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (!raw.trim()) {
      flush()
      continue
    }
    const isItem = LIST_ITEM.test(raw)
    const content = raw
      .replace(LIST_ITEM, isItem ? '• ' : '')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
    const parts = stripInline(content.replace(HARD_BREAK, '')).split('\n')
    parts.forEach((part, index) => {
      if (breakNext || isItem || index > 0 || !lines.length) lines.push(part)
      else lines[lines.length - 1] += ` ${part.trim()}`
      breakNext = false
    })
    breakNext = HARD_BREAK.test(raw) || /<\/?br\s*\/?>\s*$/i.test(raw)
  }
  flush()
  return paragraphs
}

/** Single-string plain text: paragraphs and lines joined by spaces/newlines. */
export function markdownToText(source: unknown): string {
  return textParagraphs(source)
    .map((lines) => lines.join('\n'))
    .join('\n\n')
}

/** Inline content (a question, a title) as one line of plain text. */
export function inlineText(source: unknown): string {
  return textParagraphs(source)
    .flat()
    .join(' ')
}

const PARAGRAPH = /^(p|h[1-6]|pre|blockquote|ul|ol|dl|table|hr|figure|details|section|article|aside|header|footer|nav|address)$/
const LINE = /^(li|tr|br|div|dt|dd|summary|caption|figcaption|thead|tbody|tfoot)$/

/**
 * The text a reader sees in HTML from the sanitiser (well-formed, attribute
 * values and text escaped, so tags are found by pattern): whitespace collapsed
 * outside `<pre>`, blocks on their own lines, table cells apart, images and
 * markup not text. Used for search and JSON-LD of rendered markdown.
 */
export function renderedText(html: string): string {
  let out = ''
  let pre = 0
  // Breaks wait for the next text, so nested and adjacent blocks give one break, and none at the ends.
  let pending = ''
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*>|([^<]+)/g)) {
    if (match[3] !== undefined) {
      let text = decodeEntities(match[3])
      // Preformatted spaces and newlines are held as control characters until the rest is collapsed.
      text = pre ? text.replace(/ /g, '\u0001').replace(/\n/g, '\u0000') : text.replace(/\s+/g, ' ')
      if (pending && text.trim()) {
        out += out ? pending : ''
        pending = ''
      }
      out += text
      continue
    }
    const tag = match[2]!.toLowerCase()
    if (tag === 'pre') pre = Math.max(0, pre + (match[1] ? -1 : 1))
    if (PARAGRAPH.test(tag)) pending = '\n\n'
    else if (LINE.test(tag)) pending ||= '\n'
    else if (tag === 'td' || tag === 'th') out += ' '
  }
  return out
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\u0000/g, '\n')
    .replace(/\u0001/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
