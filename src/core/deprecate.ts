import { DEV, warn } from './warn'

/**
 * Renames keep old content working: a page written against an older release
 * still renders, and its author gets one dev-mode warning per old name saying
 * what to write instead (warn() dedupes, so a 1,000-item FAQ warns once).
 */

/** Where a renamed name is written, and the release that stops accepting it. */
export interface Rename {
  /** The old name: a prop (`qa`) or a dotted `ui` key path (`header.heading`). */
  from: string
  /** The name to use instead. */
  to: string
  /** The release that will drop the old name, shown in the warning. */
  removedIn?: string
}

function deprecationMessage(kind: 'prop' | 'ui key', rename: Rename): string {
  const removal = rename.removedIn ? ` It will be removed in ${rename.removedIn}.` : ''
  return `the ${kind} "${rename.from}" is deprecated; use "${rename.to}" instead.${removal}`
}

/**
 * The value of a renamed prop: the new name wins when both are set; the old
 * one still works, with one warning naming the component and both props.
 */
export function renamedProp<T>(component: string, props: Record<string, unknown>, rename: Rename): T | undefined {
  const old = props[rename.from]
  if (old === undefined) return props[rename.to] as T | undefined
  if (DEV) warn(component, deprecationMessage('prop', rename))
  return (props[rename.to] ?? old) as T
}

/**
 * A `ui` override with renamed key paths moved to their new place, warning
 * once per old key used. A value already at the new path wins. Anything that
 * is not a plain object (a JSON string, undefined) is returned as given, for
 * normalizeUi to parse and check.
 */
export function renameUiKeys<T>(component: string, ui: T, renames: readonly Rename[]): T {
  if (!isRecord(ui)) return ui
  let result: Record<string, unknown> = ui
  for (const rename of renames) {
    const from = rename.from.split('.')
    const value = readPath(result, from)
    if (value === undefined) continue
    if (DEV) warn(component, deprecationMessage('ui key', rename))
    result = removePath(result, from)
    const to = rename.to.split('.')
    if (readPath(result, to) === undefined) result = writePath(result, to, value)
  }
  return result as T
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readPath(object: Record<string, unknown>, path: string[]): unknown {
  let node: unknown = object
  for (const key of path) node = isRecord(node) ? node[key] : undefined
  return node
}

/**
 * Copies along the path so the caller's (possibly reactive) object is never mutated.
 * A split path always has a first key; the default only satisfies noUncheckedIndexedAccess.
 */
function writePath(object: Record<string, unknown>, [key = '', ...rest]: string[], value: unknown): Record<string, unknown> {
  if (rest.length === 0) return { ...object, [key]: value }
  const child = isRecord(object[key]) ? object[key] : {}
  return { ...object, [key]: writePath(child, rest, value) }
}

function removePath(object: Record<string, unknown>, [key = '', ...rest]: string[]): Record<string, unknown> {
  const { [key]: child, ...others } = object
  if (rest.length === 0 || !isRecord(child)) return others
  const remaining = removePath(child, rest)
  return Object.keys(remaining).length ? { ...others, [key]: remaining } : others
}
