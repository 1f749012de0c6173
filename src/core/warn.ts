/**
 * Messages already shown, per console.warn function: a console that a logger, a story's collector or a
 * test's spy put in place starts with a clean memory, so it sees every warning once too.
 */
const seen = new WeakMap<typeof console.warn, Set<string>>()

/**
 * False in a production build: bundlers replace `process.env.NODE_ENV` (as
 * for Vue's own esm-bundler build), so `if (DEV) warn(…)` and its message
 * leave production bundles entirely.
 */
export const DEV = process.env.NODE_ENV !== 'production'

/**
 * One warning per distinct message: a 1,000-item FAQ with the same mistake
 * should not flood the console.
 */
export function warn(component: string, message: string): void {
  // Read at call time too: a call not guarded by DEV stays silent in production all the same.
  if (process.env.NODE_ENV === 'production') return
  const text = `[sh-ui] ${component}: ${message}`
  let shown = seen.get(console.warn)
  if (!shown) seen.set(console.warn, (shown = new Set()))
  if (shown.has(text)) return
  shown.add(text)
  console.warn(text)
}
