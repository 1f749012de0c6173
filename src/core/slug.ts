import { foldText } from './text'

/**
 * A URL-fragment-friendly slug: letters and digits of any script, joined by
 * hyphens. Non-Latin questions keep their letters, so they still get a
 * readable, stable id instead of an empty one.
 */
export function slugify(text: string, max = 80): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '')
}

/**
 * An id supplied by a content writer, kept as written where possible (deep
 * links already shared must keep working) but reduced to characters that are
 * safe in an id, a URL fragment and a CSS selector.
 */
export function sanitizeId(id: string): string {
  return id
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')
}

/**
 * Hands out unique ids: a repeated base gets `-2`, `-3`… in order of
 * appearance, so the same content always yields the same ids.
 */
export function createSlugger(taken: Iterable<string> = []): (base: string) => string {
  const used = new Set(taken)
  return (base) => {
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }
}
