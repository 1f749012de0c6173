import { computed, markRaw, toRaw, type ComputedRef, type Ref } from 'vue'
import type { ResolvedColumn } from '../core/table/columns'
import { TableIndex, type FilterState, type QueryResult } from '../core/table/engine'
import { pageWindow, type PageWindow } from '../core/table/pagination'
import type { SortState } from '../core/table/sort'

export interface DataTableState {
  search: Ref<string>
  filters: Ref<FilterState>
  sort: Ref<SortState | null>
  page: Ref<number>
  pageSize: Ref<number>
}

export interface DataTableView<Row> {
  index: ComputedRef<TableIndex<Row>>
  result: ComputedRef<QueryResult<Row>>
  paging: ComputedRef<PageWindow>
  /** Row indices of the current page, in display order. */
  pageIndices: ComputedRef<Int32Array>
}

/**
 * The reactive shell around the framework-free TableIndex. Rows are taken
 * raw (never deep-proxied: 100,000 reactive objects would dominate every
 * keystroke) and the index is rebuilt only when the array or columns change
 * identity; nothing watches them deeply.
 */
export function useDataTable<Row>(rows: () => readonly Row[], columns: () => ResolvedColumn<Row>[], state: DataTableState): DataTableView<Row> {
  // A computed, not a watcher: it must also follow rows fetched during SSR, where watchers never fire.
  const index = computed(() => markRaw(new TableIndex(toRaw(rows()) as readonly Row[], columns())))

  const result = computed(() =>
    index.value.query({ search: state.search.value, filters: state.filters.value, sort: state.sort.value }),
  )
  const paging = computed(() => pageWindow(result.value.indices.length, state.page.value, state.pageSize.value))
  const pageIndices = computed(() => result.value.indices.subarray(paging.value.start, paging.value.end))

  return { index, result, paging, pageIndices }
}
