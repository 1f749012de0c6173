const seen = new Set<string>()

/** True unless the consumer's bundler replaced NODE_ENV with "production". */
export function isDev(): boolean {
  return typeof process === 'undefined' || process.env.NODE_ENV !== 'production'
}

/**
 * One warning per distinct message: a 1,000-item FAQ with the same mistake
 * should not flood the console.
 */
export function warn(component: string, message: string): void {
  if (!isDev()) return
  const text = `[sh-ui] ${component}: ${message}`
  if (seen.has(text)) return
  seen.add(text)
  console.warn(text)
}

/** Tests need a clean slate to assert that a warning appears. */
export function resetWarnings(): void {
  seen.clear()
}
