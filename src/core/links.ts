import { isPlainObject, parseContentProp } from './content-prop'
import { isExternalUrl, safeUrl } from './url'
import { DEV, warn } from './warn'

export interface CheckoutLink {
  label: string
  to: string
  description?: string
  /** Opens in a new tab; detected from absolute URLs when omitted. */
  external?: boolean
}

export interface ResolvedLink {
  key: string
  label: string
  /** Undefined when the URL was unsafe: the label renders as plain text. */
  href: string | undefined
  external: boolean
  description?: string
}

/**
 * Validates content-supplied links: anything malformed is skipped or
 * degraded with a warning, never thrown.
 */
export function resolveLinks(links: unknown, component: string): ResolvedLink[] {
  const list = parseContentProp(links, { component, prop: 'links', expect: 'array', shape: 'of { label, to }' }) as unknown[] | undefined
  if (!list) return []
  const used = new Set<string>()
  const out: ResolvedLink[] = []
  for (const entry of list) {
    if (!isPlainObject(entry) || typeof entry.label !== 'string' || !entry.label.trim()) {
      if (DEV) warn(component, 'each item of links needs a non-empty string label; an item without one is skipped.')
      continue
    }
    const to = typeof entry.to === 'string' ? entry.to : ''
    const href = safeUrl(to)
    if (DEV && !href) warn(component, `links item "${entry.label}" has an unsafe or empty "to" (${JSON.stringify(to)}); it is shown as plain text.`)
    out.push({
      key: uniqueKey(JSON.stringify([to, entry.label]), used),
      label: entry.label,
      href,
      external: href ? (typeof entry.external === 'boolean' ? entry.external : isExternalUrl(href)) : false,
      description: typeof entry.description === 'string' ? entry.description : undefined,
    })
  }
  return out
}

/** Content keys, not indexes: duplicates get a counter until the key is unused. */
function uniqueKey(base: string, used: Set<string>): string {
  let key = base
  for (let count = 1; used.has(key); count++) key = `${base}#${count}`
  used.add(key)
  return key
}

/** Whether `href` points at `currentPath`, ignoring a trailing slash, query and hash. */
export function isCurrentPath(href: string, currentPath: string | undefined): boolean {
  if (!currentPath || isExternalUrl(href) || !href.startsWith('/')) return false
  const clean = (path: string) => path.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/'
  return clean(href) === clean(currentPath)
}

/** Paths of this site (`/docs`), which a router can navigate to; not `//host`, `mailto:`, `#hash` or relative ones. */
export function isAppPath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//')
}
