const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const SAFE_DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|avif);/i
const DATA_IMAGE_HEADER = /^data:image\/(png|gif|jpe?g|webp|avif);base64,/i

/**
 * Browsers ignore control characters and whitespace inside a scheme
 * (`java\tscript:` still runs), so strip them before reading it.
 */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact)
  return match ? `${match[1]!.toLowerCase()}:` : undefined
}

/**
 * The URL when it is safe to put in `href` or `src`, otherwise undefined.
 * Relative URLs, fragments and http(s)/mailto/tel are safe; `data:` only for images.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (!trimmed) return undefined
  const scheme = schemeOf(trimmed)
  if (!scheme) return trimmed
  if (SAFE_SCHEMES.has(scheme)) return trimmed
  if (scheme === 'data:' && SAFE_DATA_IMAGE.test(trimmed)) return trimmed
  return undefined
}

/** Absolute http(s) or protocol-relative links leave the site. */
export function isExternalUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim())
}

/**
 * A CSS `url()` value that cannot break out of its declaration: quotes,
 * parentheses, backslashes, semicolons and whitespace are percent-encoded.
 */
export function cssUrl(url: unknown): string | undefined {
  const safe = safeUrl(url)
  if (!safe) return undefined
  // A data URL's `;base64,` header is already validated and harmless inside the quotes; encoding it would break the image.
  const header = DATA_IMAGE_HEADER.exec(safe)?.[0] ?? ''
  const encoded = safe.slice(header.length).replace(/["'()\\;\s<>{}]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
  return `url("${header}${encoded}")`
}
