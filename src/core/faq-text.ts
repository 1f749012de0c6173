/*
 * Plain text out of the markdown subset FAQ content uses. Only for text
 * output (search index, JSON-LD, the no-renderer fallback): nothing here is
 * ever inserted as HTML, so stripping by pattern is safe; rendering markdown
 * is left to a real parser (ShMarkdown).
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" }
/** The Latin-1 named references, U+00A0 to U+00FF in order (`&ouml;` in a link must reach safeUrl() as ö). */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(' ')

/** Decodes character references (`&amp;`, `&#106;`, `&#x09;`) so URL checks see what a browser would. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole
    }
    if (Object.hasOwn(ENTITIES, name.toLowerCase())) return ENTITIES[name.toLowerCase()]!
    const latin1 = LATIN1.indexOf(name)
    return latin1 < 0 ? whole : String.fromCharCode(0xa0 + latin1)
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
