/*
 * The one labels module: every text ShFaq and ShDataTable show or announce,
 * in English by default, `{name}` placeholders and the announcements built
 * from them. Override any subset through each component's `labels` prop.
 */

/** `fillTemplate('Page {page}', { page: 2 })` → `Page 2`; unknown placeholders stay as written. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match))
}

/** Defaults overlaid with the strings given; anything else (wrong type, unknown key, `undefined`) is ignored. */
export function resolveLabels<Labels extends { [K in keyof Labels]: string }>(defaults: Labels, overrides: unknown): Labels {
  if (!overrides || typeof overrides !== 'object') return defaults
  const out = { ...defaults }
  for (const key of Object.keys(defaults) as Array<keyof Labels>) {
    const value = (overrides as Record<keyof Labels, unknown>)[key]
    if (typeof value === 'string') out[key] = value as Labels[keyof Labels]
  }
  return out
}

/** Texts ShFaq shows or announces; override any of them for another language. */
export interface FaqLabels {
  /** Visible label of the search box. */
  search: string
  searchPlaceholder: string
  /** Announced while searching; `{count}` and `{total}` are replaced. */
  results: string
  /** Shown when the search matches nothing. */
  empty: string
  /** Shown when there are no questions at all (e.g. `qas` could not be read). */
  none: string
  expandAll: string
  collapseAll: string
  /** Accessible name of each question's link anchor. `{question}` is replaced. */
  copyLink: string
  /** Announced after a link was copied. */
  copied: string
}

export const faqLabels: FaqLabels = {
  search: 'Search questions',
  searchPlaceholder: 'Search…',
  results: '{count} of {total} questions',
  empty: 'No question matches your search.',
  none: 'No questions to show yet.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  copyLink: 'Link to “{question}”',
  copied: 'Link copied',
}

/** Every text ShDataTable shows or announces. */
export const dataTableLabels = {
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
  sortBy: 'Sort by',
  all: 'All',
  pages: 'Pages',
  firstPage: 'First page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  lastPage: 'Last page',
  page: 'Page {page}',
}

export type DataTableLabels = typeof dataTableLabels

/** ShFaq's search announcement: "3 of 12 questions". */
export function faqResultsText(labels: FaqLabels, count: number, total: number): string {
  return fillTemplate(labels.results, { count, total })
}

/** ShDataTable's results announcement: "3 results, filtered by Country, Year". */
export function tableResultsText(labels: DataTableLabels, count: number, filters: readonly string[]): string {
  const results = count === 1 ? labels.oneResult : fillTemplate(labels.results, { count })
  return filters.length ? results + fillTemplate(labels.filteredBy, { filters: filters.join(', ') }) : results
}
