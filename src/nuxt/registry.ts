/** One global component: the name templates use and the package export behind it. */
export interface ComponentRegistration {
  name: string
  exportName: string
}

/**
 * The components `sh-ui` exports. Listed here rather than read from the package's index, so the
 * module (which Nuxt loads in Node while it builds) does not load every component to learn their
 * names; test/mdc/registry.test.ts fails when this list and src/index.ts disagree.
 */
export const COMPONENTS: readonly string[] = [
  'ShCheckoutLinks',
  'ShConfigProvider',
  'ShDataTable',
  'ShFaq',
  'ShFaqItem',
  'ShIprTable',
  'ShMarkdown',
  'ShSegment',
]

/** The public composables (`use*` exports of src/index.ts), for Nuxt's auto-imports; kept in sync by the same test. */
export const COMPOSABLES: readonly string[] = ['useFaqHighlight', 'useShUiContext', 'useUi']

/**
 * The package's runtime dependencies, bundled into the app with sh-ui (`build.transpile`). Left as server externals,
 * Nuxt resolves them from the app's root: where the app hoists another version (Nuxt UI v2 brings tailwind-merge 2),
 * the server would run that one and the browser ours.
 */
export const RUNTIME_DEPENDENCIES: readonly string[] = ['@tanstack/virtual-core', 'marked', 'tailwind-merge']

/** Old content writes `::ShDynamicTable`; it is ShDataTable with the same configuration. */
export const COMPONENT_ALIASES: Readonly<Record<string, string>> = { ShDynamicTable: 'ShDataTable' }

/** Every component renamed with `prefix` in place of `Sh`, plus the aliases whose target exists. */
export function libraryComponents(
  components: readonly string[],
  aliases: Record<string, string>,
  prefix: string,
): ComponentRegistration[] {
  const rename = (exportName: string) => `${prefix}${exportName.slice(2)}`
  const registrations = [...components].sort().map((exportName) => ({ name: rename(exportName), exportName }))
  for (const [alias, target] of Object.entries(aliases)) {
    if (components.includes(target) && !components.includes(alias)) registrations.push({ name: rename(alias), exportName: target })
  }
  return registrations
}
