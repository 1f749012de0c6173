import type { DataTableColumn, ResolvedColumn } from '../core/table/columns'
import type { DataTableLabels } from '../core/labels'
import type { UiProp } from '../core/ui'
import type theme from '../theme/data-table'

/** Props of a `cell-<name>` slot: the row, the raw value, the text shown and the column. */
export interface DataTableCellSlotProps<Row> {
  row: Row
  value: unknown
  text: string
  column: ResolvedColumn<Row>
}

/** The slots of ShDataTable; ShIprTable declares the same and passes each on. */
export interface DataTableSlots<Row> {
  loading?: () => unknown
  empty?: (props: { filtered: boolean }) => unknown
  error?: (props: { message: string; retry: () => void }) => unknown
  [cell: `cell-${string}`]: ((props: DataTableCellSlotProps<Row>) => unknown) | undefined
  [head: `header-${string}`]: ((props: { column: ResolvedColumn<Row> }) => unknown) | undefined
}

export type { FilterState } from '../core/table/engine'
export type { SortState } from '../core/table/sort'

/** The props of ShDataTable. */
export interface DataTableProps<Row> {
  /** The rows; rendered on the server, so the first page is in the HTML. */
  rows?: Row[]
  /** JSON to load the rows from (through the plugin's `fetchJson`). */
  dataUrl?: string
  /** Dot path of the row array in the response; `''` for a top-level array. */
  dataField?: string
  /** Column configuration as in `::ShDynamicTable`; default: every key of the first row. */
  columns?: DataTableColumn<Row>[] | string
  /** Markdown above the table. */
  header?: string
  /** Markdown below the table. */
  footer?: string
  /** Accessible table caption (visible). */
  caption?: string
  /** Initial rows per page (default 10); `0` or `-1` for All. */
  perPage?: number
  /** Choices of the rows-per-page select; 0 is "All". */
  pageSizes?: number[]
  /**
   * Reshapes the loaded response before rows are taken from it: a function, or the name of one
   * (`app.use(ShUi, { transforms: { name } })`, or in Nuxt a plugin's `provide('name', fn)`).
   * It receives parsed JSON for JSON and the text for XML or anything else.
   */
  transformRawData?: string | ((raw: unknown) => unknown)
  /** Reshapes loaded or given rows before display; pass a stable function (a new one re-indexes the rows). */
  transform?: (rows: unknown[]) => Row[]
  /** Dot path or function giving each row a stable key; default `id` when present, else the row's position in the data. */
  rowKey?: string | ((row: Row) => string | number)
  /** Keep search, filters, sort and page in the query string; a string prefixes the keys (two tables on one page). */
  syncUrl?: boolean | string
  /** Show the search box. */
  searchable?: boolean
  /** After mount, scroll the table into view (below a sticky site header) and focus its search box on screens 1024px and wider; not when the URL has a hash. */
  autofocusSearch?: boolean
  /** Quick filters start open, their values in the server HTML; default from the plugin's `filtersOpen`, else closed. */
  filtersOpen?: boolean
  /** Visible label of the search box. */
  searchLabel?: string
  /** Placeholder of the search box. */
  searchPlaceholder?: string
  /** Export buttons to offer; `[]` hides them. */
  exportFormats?: Array<'csv' | 'json'>
  /** Download name without extension. */
  exportFileName?: string
  /** Texts shown and announced (English by default), e.g. `{ showing: 'Zeige {start} bis {end} von {total}' }`. */
  labels?: Partial<DataTableLabels>
  /** Pages longer than this render only the rows in view. */
  virtualizeOver?: number
  /** Class-map overrides per `data-slot`, or the same as a JSON string (MDC); merged over the defaults. */
  ui?: UiProp<typeof theme>
  /** Drop the default classes (only `app.config`, plugin and `ui` classes remain); unset, the provider's or plugin's choice applies. */
  unstyled?: boolean
}
