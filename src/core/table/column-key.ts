// Functions get a number each, held weakly: the same `facet` function gives the same key, another one a new key.
const functionIds = new WeakMap<(...args: never[]) => unknown, number>()
let nextId = 0

function functionId(fn: (...args: never[]) => unknown): string {
  let id = functionIds.get(fn)
  if (id === undefined) {
    id = ++nextId
    functionIds.set(fn, id)
  }
  return `\u0000fn${id}`
}

/**
 * A structural key of a column configuration that, unlike `JSON.stringify`,
 * includes functions (`facet`) by identity: the same configuration written
 * inline again gives the same key, a changed `facet` a different one.
 */
export function columnsKey(columns: unknown): string {
  if (typeof columns === 'string') return columns
  return JSON.stringify(columns ?? null, (_key, value: unknown) => (typeof value === 'function' ? functionId(value as () => unknown) : value))
}
