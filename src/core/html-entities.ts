import { BASIC_ENTITIES } from './entities'

/*
 * The named character references HTML content uses, for decoding HTML from
 * the sanitiser (attribute values, visible text). Its own module so that
 * bundles without sanitised HTML (the plain-text FAQ) do not carry it.
 */

/** U+00A0 to U+00FF, in order: the Latin-1 character references of HTML. */
const LATIN1 = [
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute',
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring',
  'AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml',
  'times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil',
  'egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash',
  'ugrave uacute ucirc uuml yacute thorn yuml',
].join(' ')
/** Punctuation and symbols writers type as references; the full HTML table (2,231 names, ~20 kB gzip) is not worth shipping. */
const SYMBOLS: Record<string, number> = {
  OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217,
  sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242,
  Prime: 8243, lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596,
  minus: 8722, infin: 8734, asymp: 8776, ne: 8800, le: 8804, ge: 8805,
}
/** Every name above, plus those of BASIC_ENTITIES. */
export const HTML_ENTITIES: ReadonlyMap<string, string> = new Map<string, string>([
  ...BASIC_ENTITIES,
  ...LATIN1.split(' ').map((name, index): [string, string] => [name, String.fromCharCode(0xa0 + index)]),
  ...Object.entries(SYMBOLS).map(([name, code]): [string, string] => [name, String.fromCharCode(code)]),
])
