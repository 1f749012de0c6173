/** Reads `a.b.0.c` from nested objects and arrays; anything missing gives undefined. */
export function getPath(source: unknown, path: string | readonly string[]): unknown {
  const parts = typeof path === 'string' ? splitPath(path) : path
  let current = source
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

/** `''` and `'.'` mean the value itself: the OMA pages write `dataField: ''` for a top-level array. */
export function splitPath(path: string): string[] {
  return path.split('.').filter(Boolean)
}
