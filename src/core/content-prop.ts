import { DEV, warn } from './warn'

/** What a content prop must hold once parsed. */
export type ContentExpect = 'object' | 'array'

export interface ContentPropOptions {
  /** Component named in the warning, e.g. `ShFaq`. */
  component: string
  /** Prop (or option path) named in the warning, e.g. `qas` or `ui.segment`. */
  prop: string
  expect: ContentExpect
  /** What the items look like, for the warning: `of { label, to }`. */
  shape?: string
}

const EXPECTED: Record<ContentExpect, string> = { object: 'an object', array: 'an array' }

/**
 * The one place that accepts "a value, or a JSON string from MDC". `null`,
 * `undefined` and '' mean "not set" (a YAML key with no value) and return
 * undefined silently; anything else that is not the expected shape warns
 * once in dev, naming component and prop, and returns undefined.
 */
export function parseContentProp(input: unknown, { component, prop, expect, shape }: ContentPropOptions): unknown {
  if (input === undefined || input === null || input === '') return undefined
  let value = input
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      if (DEV) warn(component, `${prop} is not valid JSON (${truncate(input as string)}); it is ignored.`)
      return undefined
    }
  }
  const fits = expect === 'array' ? Array.isArray(value) : isPlainObject(value)
  if (fits) return value
  if (DEV) warn(component, `${prop} must be ${EXPECTED[expect]}${shape ? ` ${shape}` : ''}, got ${describe(value)}; it is ignored.`)
  return undefined
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A short description of a value for warnings: `null`, `an array`, `"text…"`, `number`. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? `"${truncate(value)}"` : typeof value
}

export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}
