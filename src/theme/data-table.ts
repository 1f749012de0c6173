import type { ThemeStates } from '../core/ui'

/**
 * Default classes of ShDataTable, one entry per `data-slot`. The keys of the
 * OMA `::ShDynamicTable` config (`wrapper`, `header`, `base`, `footer`, `search`,
 * `filter`, `table`, `thead`, `tbody`, `tr.*`, `th.*`, `td.*`, `pagination`)
 * keep their meaning; `th`/`td` leaves are joined in key order.
 * Below `sm`, rows become cards labelled from each cell's `data-label`.
 */
const theme = {
  /** `not-prose`: a page's Tailwind Typography (`prose`) would restyle the table's cells, margins and links. */
  wrapper: 'not-prose rounded-sh border border-sh-border bg-sh-surface p-4 font-sh text-sh-fg',
  header: 'mb-3 text-center text-lg font-semibold',
  base: 'space-y-3',
  footer: 'mt-3 text-center text-sm text-sh-muted',
  toolbar: 'flex flex-wrap items-end gap-3',
  search: 'flex min-w-56 flex-1 flex-col gap-1',
  searchLabel: 'text-sm font-medium',
  searchInput:
    'w-full rounded-sh border border-sh-border bg-sh-surface px-3 py-2 text-sm text-sh-fg placeholder:text-sh-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sh-focus',
  actions: 'flex flex-wrap gap-2',
  button:
    'inline-flex items-center gap-1 rounded-sh border border-sh-border bg-sh-surface px-3 py-2 text-sm font-medium text-sh-fg hover:bg-sh-surface-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sh-focus disabled:cursor-not-allowed disabled:opacity-60',
  filter: 'flex flex-wrap items-start gap-2',
  filterGroup: 'relative rounded-sh border border-sh-border',
  filterToggle:
    'flex cursor-pointer list-none items-center gap-2 rounded-sh px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sh-focus [&::-webkit-details-marker]:hidden',
  filterBadge: 'rounded-full bg-sh-accent px-1.5 text-xs font-semibold text-sh-accent-fg',
  filterPanel: 'max-h-64 min-w-56 overflow-auto border-t border-sh-border p-2',
  filterLegend: 'sr-only',
  filterFind:
    'mb-2 w-full rounded-sh border border-sh-border bg-sh-surface px-2 py-1 text-sm text-sh-fg placeholder:text-sh-muted focus-visible:outline-2 focus-visible:outline-sh-focus',
  filterOption: 'flex items-center gap-2 rounded-sh px-1 py-0.5 text-sm hover:bg-sh-surface-muted',
  filterCheckbox: 'size-4 accent-sh-accent',
  filterCount: 'ms-auto ps-2 text-xs tabular-nums text-sh-muted',
  filterClear:
    'rounded-sh px-3 py-1.5 text-sm font-medium text-sh-link underline underline-offset-2 hover:text-sh-link-hover focus-visible:outline-2 focus-visible:outline-sh-focus',
  /**
   * Scrolls sideways when the columns are wider than the page, with a shade at each edge that hides columns
   * (`sh-scroll-shadow`, styles/theme.css); a page of rows grows with the page.
   * Focusable (keyboard users scroll it), so it shows the same ring as the other controls.
   */
  scroller:
    'sh-scroll-shadow relative overflow-auto rounded-sh border border-sh-border focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sh-focus',
  /** A virtualised page ("All", long pages) scrolls inside the table, the only way it can draw just the rows in view. */
  scrollerVirtual: 'max-h-[75vh]',
  table: 'min-w-full border-collapse text-start max-sm:block',
  caption: 'px-4 py-2 text-start text-sm font-medium text-sh-muted max-sm:block',
  /** Below `sm` the header row becomes a strip of sort buttons above the cards, and goes when no column sorts. */
  thead: 'sticky top-0 z-10 bg-sh-surface-muted shadow-[0_1px_0_var(--color-sh-border)] max-sm:block max-sm:[&:not(:has([data-sortable]))]:hidden',
  /** On phones a strip of sort buttons, named by its `data-sort-label` ("Sort by") as the cards are by `data-label`. */
  theadRow:
    'max-sm:flex max-sm:flex-wrap max-sm:gap-x-3 max-sm:gap-y-1 max-sm:px-3 max-sm:py-2 max-sm:before:text-sm max-sm:before:text-sh-muted max-sm:before:content-[attr(data-sort-label)]',
  tbody: 'divide-y divide-sh-border max-sm:block',
  tr: {
    base: 'align-top max-sm:block max-sm:border-b max-sm:border-sh-border max-sm:py-2',
    selected: 'bg-sh-surface-muted',
    active: 'hover:bg-sh-surface-muted',
  },
  th: {
    base: 'text-start align-bottom max-sm:block max-sm:p-0 max-sm:[&:not([data-sortable])]:hidden',
    padding: 'px-4 py-3',
    color: 'text-sh-fg',
    font: 'font-semibold',
    size: 'text-sm',
  },
  /** The negative margin lines the label up with the cells; below `sm` the cell has no padding to absorb it. */
  sortButton:
    '-mx-1 max-sm:mx-0 inline-flex items-center gap-1 rounded-sh px-1 text-start font-semibold hover:text-sh-link focus-visible:outline-2 focus-visible:outline-sh-focus',
  sortIcon: 'size-4 shrink-0 text-sh-muted',
  /**
   * Below `sm` a cell is a line of its card: its `data-label` floats into the start padding (a float with an
   * equal negative margin takes no room from the text), so the content needs no wrapper, and long tokens break
   * anywhere instead of widening the card (not in the table layout, where a column would shrink to one letter).
   * `ps-34` is the 1rem of `px-4`, the 7rem label (`w-28`) and a 0.5rem gap, which `-ms-30` steps back over.
   */
  td: {
    base: 'whitespace-pre-line break-words max-sm:flow-root max-sm:[overflow-wrap:anywhere] max-sm:before:float-start max-sm:before:-ms-30 max-sm:before:w-28 max-sm:before:font-semibold max-sm:before:text-sh-fg max-sm:before:[overflow-wrap:normal] max-sm:before:content-[attr(data-label)]',
    padding: 'px-4 py-3 max-sm:py-1 max-sm:ps-34',
    color: 'text-sh-fg',
    font: '',
    size: 'text-sm',
  },
  link: 'text-sh-link underline underline-offset-2 hover:text-sh-link-hover focus-visible:outline-2 focus-visible:outline-sh-focus',
  /** A cell's markup from the `htmlCells` renderer: its links look like the table's other links. */
  cellHtml:
    '[&_a[href]]:text-sh-link [&_a[href]]:underline [&_a[href]]:underline-offset-2 [&_a[href]:hover]:text-sh-link-hover [&_a:focus-visible]:outline-2 [&_a:focus-visible]:outline-sh-focus [&_code]:font-mono [&_code]:text-[0.9em]',
  mark: 'rounded-sm bg-sh-mark px-0.5 text-sh-mark-fg',
  spacer: 'p-0',
  state: 'px-4 py-10 text-center text-sm text-sh-muted',
  error: 'flex flex-col items-center gap-3 px-4 py-10 text-center text-sm text-sh-danger',
  pagination: 'flex flex-wrap items-center justify-between gap-3 text-sm',
  paginationInfo: 'text-sh-muted',
  pageSize: 'flex items-center gap-2',
  pageSizeSelect:
    'rounded-sh border border-sh-border bg-sh-surface px-2 py-1 text-sm text-sh-fg focus-visible:outline-2 focus-visible:outline-sh-focus',
  pages: 'flex flex-wrap items-center gap-1',
  pageButton:
    'min-w-9 rounded-sh border border-sh-border px-2 py-1 text-center hover:bg-sh-surface-muted focus-visible:outline-2 focus-visible:outline-sh-focus disabled:cursor-not-allowed disabled:opacity-50',
  pageCurrent: 'border-sh-accent bg-sh-accent font-semibold text-sh-accent-fg hover:bg-sh-accent',
  pageGap: 'px-1 text-sh-muted',
  srOnly: 'sr-only',
}

export default theme

/**
 * The current page's button adds `pageCurrent`; a virtualised page's scroller adds `scrollerVirtual`; rows add `tr.selected` when
 * selected and `tr.active` when interactive. Sorting is shown by the icon and
 * `aria-sort`, so it has no state classes.
 */
export const states = {
  pageButton: { current: 'pageCurrent' },
  scroller: { virtual: 'scrollerVirtual' },
  'tr.base': { selected: 'tr.selected', active: 'tr.active' },
} satisfies ThemeStates<typeof theme>
