import { computed, markRaw, ref, toRaw, watch, watchEffect, type ComputedRef, type Ref } from 'vue'
import { resolveColumns, type DataTableColumn, type HtmlCellRenderer, type ResolvedColumn } from '../core/table/columns'
import { columnsKey } from '../core/table/column-key'
import { TableIndex, type FilterState, type QueryResult } from '../core/table/engine'
import { toCsv, toJson } from '../core/table/export'
import { tableResultsText, type DataTableLabels } from '../core/labels'
import { pageWindow } from '../core/table/pagination'
import { rowKeyFunction, type RowKeyOption } from '../core/table/row-key'
import { makeSnapshot, snapshotResult, type TableSnapshot } from '../core/table/snapshot'
import type { SortState } from '../core/table/sort'
import { rawTransform, tableSource, type RawTransform, type TransformLookup } from '../core/table/source'
import { warnMarkupAsText } from '../core/table/values'
import { DEV, warn } from '../core/warn'
import type { ServerHandover } from './useDataFetch'

/** The table's state in TanStack Table's words; ShDataTable binds each to a `v-model`. */
export interface DataTableState {
  /** The search box text. */
  globalFilter: Ref<string>
  /** Checked quick-filter values per column name. */
  columnFilters: Ref<FilterState>
  sorting: Ref<SortState | null>
  pagination: { page: Ref<number>; pageSize: Ref<number> }
}

/** What the table is built from: the component's props (or any reactive object with these fields). */
export interface DataTableInput<Row> {
  rows?: Row[]
  dataUrl?: string
  dataField?: string
  columns?: DataTableColumn<Row>[] | string
  transform?: (rows: unknown[]) => Row[]
  transformRawData?: string | RawTransform
  rowKey?: RowKeyOption<Row>
  exportFileName: string
}

/** A loaded response as useDataFetch gives it. */
export interface DataTableFetch {
  data: Ref<unknown>
  error: Ref<string | undefined>
  pending: Ref<boolean>
  /** What the server's render showed, drawn (as it was, whatever the state) until `data` arrives. */
  snapshot: Ref<TableSnapshot | undefined>
}

export type ExportFormat = 'csv' | 'json'

/** What the table reads from the app's options (`ShUiOptions`): named transforms and the HTML cell renderer. */
export interface DataTableOptions extends TransformLookup {
  htmlCells?: HtmlCellRenderer
}

/**
 * The headless table: source and errors, columns, query (search, filters,
 * sort), paging, row keys, announcements and exports, all derived from the
 * input and `state`. Rows are taken raw (never deep-proxied: 100,000 reactive
 * objects would dominate every keystroke); nothing watches them deeply.
 */
export function useDataTable<Row>(
  input: DataTableInput<Row>,
  state: DataTableState,
  fetched: DataTableFetch,
  labels: Ref<DataTableLabels>,
  options: Ref<DataTableOptions>,
  component = 'ShDataTable',
) {
  const transformRaw = computed(() => rawTransform(input.transformRawData, options.value))
  const shown = fetched.snapshot
  const source = computed(() => {
    const { rows, dataField, transform } = input
    // A snapshot's rows went through the transforms on the server.
    if (shown.value) return { rows: shown.value.rows as Row[], error: undefined }
    const transformRawFn = transformRaw.value.transform
    return tableSource<Row>({ rows: toRaw(rows), data: fetched.data.value, dataField, transformRaw: transformRawFn, transform })
  })
  const errorMessage = computed(() => transformRaw.value.error ?? fetched.error.value ?? source.value.error)
  if (DEV) watchEffect(() => transformRaw.value.error && warn(component, transformRaw.value.error))
  const waiting = () => fetched.pending.value || (!!input.dataUrl && fetched.data.value === undefined)
  const loading = computed(() => !input.rows && !errorMessage.value && !shown.value && waiting())
  if (DEV && input.rows !== undefined && !Array.isArray(input.rows)) warn(component, `rows must be an array, got ${typeof input.rows}; no rows are shown.`)
  if (DEV && !input.rows && !input.dataUrl) warn(component, 'needs rows or dataUrl; the table is empty.')

  const columns = useResolvedColumns(input, () => source.value.rows[0], () => options.value.htmlCells, component)
  const visible = computed(() => columns.value.filter((column) => !column.hide))
  if (DEV) watchEffect(() => warnMarkupAsText(source.value.rows, columns.value, component))
  // A computed, not a watcher: it must also follow rows fetched during SSR, where watchers never fire.
  const index = computed(() => markRaw(new TableIndex(source.value.rows, columns.value)))
  const view = useView(input.rowKey, state, index, shown)
  const { result } = view

  // Back to page 1 when the matching set changes (not when only the order does).
  watch([state.globalFilter, state.columnFilters], () => (state.pagination.page.value = 1))
  const announcement = useAnnouncement(state, result, labels, () => !!shown.value)

  /** What the payload carries for hydration: the rendered page (rows, keys, counts, facets), or the error shown. */
  function serverHandover(wholeRows: boolean): ServerHandover {
    if (errorMessage.value) return { error: errorMessage.value }
    const { rows, columns: indexed } = index.value
    const page = view.pageIndices.value
    return { snapshot: makeSnapshot({ rows, columns: indexed, result: result.value, page, keyOf: view.rowKeyOf.value, wholeRows }) }
  }

  function exportFile(format: ExportFormat): { body: string; type: string; name: string } {
    const write = format === 'csv' ? toCsv : toJson
    const body = write(index.value.rows, result.value.indices, visible.value)
    return { body, type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', name: `${input.exportFileName}.${format}` }
  }

  return {
    source, errorMessage, loading, columns, visible, index, announcement, exportFile, serverHandover, loaded: () => untilGone(shown),
    ...view,
    ...useSorting(state.sorting),
  }
}

/**
 * The query result, page and row keys: from the index, or, while the server's snapshot is
 * shown, as it holds them (the state's changes apply once the full data is there).
 */
function useView<Row>(
  rowKey: RowKeyOption<Row>,
  state: DataTableState,
  index: ComputedRef<TableIndex<Row>>,
  shown: Ref<TableSnapshot | undefined>,
) {
  const result = computed(() => shown.value ? snapshotResult<Row>(shown.value, index.value.columns) : index.value.query({
    search: state.globalFilter.value,
    filters: state.columnFilters.value,
    sort: state.sorting.value,
  }))
  const { page, pageSize } = state.pagination
  const total = computed(() => shown.value?.total ?? result.value.indices.length)
  /** Rows in the data; an empty result with rows says "no match" rather than "no data". */
  const rowCount = computed(() => shown.value?.rowCount ?? index.value.rows.length)
  const paging = computed(() => pageWindow(total.value, page.value, pageSize.value))
  /** Row indices of the current page, in display order (a snapshot holds just that page). */
  const pageIndices = computed(() => {
    const { indices } = result.value
    return shown.value ? indices : indices.subarray(paging.value.start, paging.value.end)
  })
  const rowKeyOf = computed(() => {
    const keys = shown.value?.keys
    return keys ? (_row: Row, position: number) => keys[position]! : rowKeyFunction(rowKey, index.value.rows[0])
  })
  return { result, total, rowCount, paging, pageIndices, rowKeyOf }
}

/** Resolves once no snapshot is shown (at once when none is): the table then holds the full data, e.g. for an export. */
function untilGone(shown: Ref<TableSnapshot | undefined>): Promise<void> {
  return new Promise((resolve) => (shown.value ? watch(() => !shown.value, () => resolve(), { once: true }) : resolve()))
}

// Columns written inline in a parent template are a new array on every parent render; the same
// configuration keeps the same resolved columns, so the row index is not rebuilt on each keystroke.
function useResolvedColumns<Row>(
  input: DataTableInput<Row>,
  firstRow: () => unknown,
  htmlCells: () => HtmlCellRenderer | undefined,
  component: string,
): ComputedRef<ResolvedColumn<Row>[]> {
  let cached: { key: string; first: unknown; html?: HtmlCellRenderer; columns: ResolvedColumn<Row>[] } | undefined
  return computed(() => {
    const key = columnsKey(input.columns)
    const first = input.columns ? undefined : firstRow()
    const html = htmlCells()
    if (cached?.key === key && cached.first === first && cached.html === html) return cached.columns
    cached = { key, first, html, columns: resolveColumns<Row>(input.columns, firstRow(), component, html) }
    return cached.columns
  })
}

/**
 * The polite status line after a search or filter change: "12 results, filtered by Country (2)".
 * Empty until the first change, so loading the page announces nothing. A change made while the
 * server's snapshot is shown is announced when the full data has answered it.
 */
function useAnnouncement<Row>(
  state: DataTableState,
  result: ComputedRef<QueryResult<Row>>,
  labels: Ref<DataTableLabels>,
  waiting: () => boolean,
): Ref<string> {
  const announcement = ref('')
  let owed = false
  watch(waiting, (now) => !now && owed && announce())
  watch([state.globalFilter, state.columnFilters], () => (waiting() ? (owed = true) : announce()))
  function announce(): void {
    owed = false
    const count = result.value.indices.length
    const active = result.value.facets
      .map((facet) => ({ title: facet.column.title, selected: state.columnFilters.value[facet.column.name]?.length ?? 0 }))
      .filter((entry) => entry.selected)
      .map((entry) => `${entry.title} (${entry.selected})`)
    announcement.value = tableResultsText(labels.value, count, active)
  }
  return announcement
}

/** Sort cycling (none → ascending → descending → none) and the `aria-sort` of a header. */
function useSorting(sorting: Ref<SortState | null>) {
  function toggleSort(column: { name: string }): void {
    const current = sorting.value
    if (current?.column !== column.name) sorting.value = { column: column.name, direction: 'asc' }
    else if (current.direction === 'asc') sorting.value = { column: column.name, direction: 'desc' }
    else sorting.value = null
  }
  function ariaSort(column: { name: string }): 'ascending' | 'descending' | undefined {
    if (sorting.value?.column !== column.name) return undefined
    return sorting.value.direction === 'asc' ? 'ascending' : 'descending'
  }
  return { toggleSort, ariaSort }
}
