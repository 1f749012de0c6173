import { describe, isPlainObject, parseContentProp } from './content-prop'
import { createSlugger, sanitizeId, slugify } from './slug'
import { DEV, warn } from './warn'

/** One question as content writes it. */
export interface FaqQa {
  q: string
  a: string
  /** Stable anchor id; defaults to a slug of the question. */
  id?: string
  /** Open on first render. */
  open?: boolean
}

/** A validated item before ids are assigned. */
export interface FaqDraft {
  q: string
  a: string
  id?: string
  open: boolean
}

const COMPONENT = 'ShFaq'

function asText(value: unknown, field: string, index: number): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') {
    if (DEV) warn(COMPONENT, `qas[${index}].${field} should be a string, got ${typeof value}; it is shown as text.`)
    return String(value)
  }
  if (DEV && value !== undefined && value !== null) warn(COMPONENT, `qas[${index}].${field} must be a string, got ${describe(value)}; it is ignored.`)
  return undefined
}

/**
 * Whatever arrived as `qas` (array, JSON string from an MDC binding, or
 * garbage) as a list of drafts. Bad items are skipped or repaired with a
 * warning naming the prop; this never throws.
 */
export function normalizeQas(input: unknown): FaqDraft[] {
  const list = parseContentProp(input, { component: COMPONENT, prop: 'qas', expect: 'array', shape: 'of { q, a }' }) as unknown[] | undefined
  if (!list) return []
  const out: FaqDraft[] = []
  list.forEach((entry: unknown, index) => {
    if (!isPlainObject(entry)) {
      if (DEV) warn(COMPONENT, `qas[${index}] must be an object { q, a }, got ${describe(entry)}; it is skipped.`)
      return
    }
    const item = entry
    const q = asText(item.q, 'q', index)
    if (!q || !q.trim()) {
      if (DEV) warn(COMPONENT, `qas[${index}] has no question (q); it is skipped.`)
      return
    }
    const a = asText(item.a, 'a', index)
    if (DEV && a === undefined) warn(COMPONENT, `qas[${index}] ("${q.slice(0, 40)}") has no answer (a).`)
    if (DEV && item.open !== undefined && typeof item.open !== 'boolean') warn(COMPONENT, `qas[${index}].open must be true or false.`)
    const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : undefined
    out.push({ q, a: a ?? '', id, open: item.open === true })
  })
  return out
}

/**
 * Unique, prefix-free ids (`#what-is-lwm2m` links straight to the item): the
 * sanitised `id` when given, else a slug of the question; repeats get `-2`,
 * `-3`. `taken` holds ids already used elsewhere on the page.
 */
export function assignIds(drafts: Array<{ q: string; id?: string }>, taken: Iterable<string> = []): string[] {
  const unique = createSlugger(taken)
  return drafts.map((draft) => {
    const wanted = draft.id !== undefined ? sanitizeId(draft.id) : ''
    if (draft.id !== undefined && wanted !== draft.id) {
      if (DEV) warn(COMPONENT, `id "${draft.id.slice(0, 40)}" contains characters not allowed in an id; using "${wanted || slugify(draft.q)}".`)
    }
    return unique(wanted || slugify(draft.q) || 'question')
  })
}
