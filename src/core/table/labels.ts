/**
 * Every text ShDataTable shows or announces, in English by default. `{name}`
 * placeholders are filled in; override any subset through the `labels` prop.
 */
export const DEFAULT_LABELS = {
  loading: 'Loading…',
  retry: 'Retry',
  export: 'Export {format}',
  noMatch: 'No rows match the search and filters.',
  noData: 'There is nothing to show yet.',
  results: '{count} results',
  oneResult: '1 result',
  filteredBy: ', filtered by {filters}',
  table: 'Table',
  filterBy: 'Filter by {column}',
  selected: 'selected',
  findValue: 'Find a {column} value',
  findPlaceholder: 'Find a value…',
  undefinedValue: 'Undefined',
  clearFilters: 'Clear all filters ({count})',
  showing: 'Showing {start} to {end} of {total}',
  showingNone: 'Showing 0 of 0',
  rowsPerPage: 'Rows per page',
  all: 'All',
  pages: 'Pages',
  firstPage: 'First page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  lastPage: 'Last page',
  page: 'Page {page}',
}

export type DataTableLabels = typeof DEFAULT_LABELS

/** `fill('Page {page}', { page: 2 })` → `Page 2`; unknown placeholders stay as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
}

/** Defaults overlaid with the strings given; anything else (wrong type, unknown key) is ignored. */
export function resolveLabels(overrides: unknown): DataTableLabels {
  if (!overrides || typeof overrides !== 'object') return DEFAULT_LABELS
  const out = { ...DEFAULT_LABELS }
  for (const key of Object.keys(DEFAULT_LABELS) as Array<keyof DataTableLabels>) {
    const value = (overrides as Record<string, unknown>)[key]
    if (typeof value === 'string') out[key] = value
  }
  return out
}
