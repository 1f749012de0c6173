/** One global component: the name templates use and the package export behind it. */
export interface ComponentRegistration {
  name: string
  exportName: string
}

/** Old content writes `::ShDynamicTable`; it is ShDataTable with the same configuration. */
export const COMPONENT_ALIASES: Readonly<Record<string, string>> = { ShDynamicTable: 'ShDataTable' }

const COMPONENT_EXPORT = /^Sh[A-Z]/
const COMPOSABLE_EXPORT = /^use[A-Z]/

function isComponent(value: unknown): boolean {
  if (typeof value === 'function') return 'setup' in value || 'render' in value
  return typeof value === 'object' && value !== null && ('setup' in value || 'render' in value || 'ssrRender' in value)
}

/**
 * Every `Sh*` component among the package's exports (the `ShUi` plugin is not
 * one), renamed with `prefix` in place of `Sh`, plus the aliases whose target exists.
 */
export function libraryComponents(
  exports: Record<string, unknown>,
  aliases: Record<string, string>,
  prefix: string,
): ComponentRegistration[] {
  const rename = (exportName: string) => `${prefix}${exportName.slice(2)}`
  const found = Object.keys(exports)
    .filter((key) => COMPONENT_EXPORT.test(key) && isComponent(exports[key]))
    .sort()
  const registrations = found.map((exportName) => ({ name: rename(exportName), exportName }))
  for (const [alias, target] of Object.entries(aliases)) {
    if (found.includes(target) && !found.includes(alias)) registrations.push({ name: rename(alias), exportName: target })
  }
  return registrations
}

/** The public composables (`use*` functions), for Nuxt's auto-imports. */
export function libraryComposables(exports: Record<string, unknown>): string[] {
  return Object.keys(exports)
    .filter((key) => COMPOSABLE_EXPORT.test(key) && typeof exports[key] === 'function')
    .sort()
}
