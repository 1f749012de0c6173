/*
 * Character references, decoded as a browser does. The decoder is shared; the
 * name table is the caller's: plain-text output of the FAQ knows only the
 * names below, HTML from the sanitiser passes the larger table of
 * html-entities.ts, which stays out of bundles that never sanitise HTML.
 */

/** The names of XML plus the no-break space: what plain text needs to show `<`, `&` and quotes. */
export const BASIC_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
])

/**
 * Decodes character references (`&amp;`, `&eacute;`, `&#106;`, `&#x09;`) as a
 * browser does, so URL checks and plain text see what a reader would. Names
 * outside `names` stay as written.
 */
export function decodeEntities(text: string, names: ReadonlyMap<string, string> = BASIC_ENTITIES): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      // As HTML: NUL, surrogates and numbers past Unicode become U+FFFD.
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code)
    }
    // Only these have legacy upper-case spellings; other names are case-sensitive (&Eacute; is not &eacute;).
    return names.get(name) ?? (/^(AMP|LT|GT|QUOT|COPY|REG)$/.test(name) ? (names.get(name.toLowerCase()) ?? whole) : whole)
  })
}
