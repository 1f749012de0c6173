import { computed, effectScope, nextTick, onMounted, watch, type Ref } from 'vue'
import { readUrlState, writeUrlState } from '../core/table/url-state'
import type { DataTableState } from './useDataTable'

/**
 * Keeps search, filters, sort and page in the query string (`syncUrl`; a string
 * prefixes the keys). The query is read once after mount: the server cannot see it,
 * and the first client render must match the server's HTML. Writing starts only
 * after that, so restoring never writes back a half-restored state.
 */
export function useTableUrlSync(syncUrl: () => boolean | string | undefined, state: DataTableState, defaultPageSize: () => number): void {
  const prefix = computed(() => {
    const value = syncUrl()
    return typeof value === 'string' ? value : ''
  })
  const { globalFilter, columnFilters, sorting, pagination } = state
  const writer = effectScope()

  function write(): void {
    const values = {
      search: globalFilter.value,
      filters: columnFilters.value,
      sort: sorting.value,
      page: pagination.page.value,
      pageSize: pagination.pageSize.value,
    }
    const query = writeUrlState(window.location.search, values, prefix.value, defaultPageSize())
    history.replaceState(history.state, '', `${window.location.pathname}${query}${window.location.hash}`)
  }

  onMounted(async () => {
    if (!syncUrl()) return
    const read = readUrlState(window.location.search, prefix.value)
    assign(globalFilter, read.search)
    assign(columnFilters, read.filters)
    assign(sorting, read.sort)
    assign(pagination.pageSize, read.pageSize)
    // The page goes last, after the search and filter changes have reset it to 1.
    await nextTick()
    assign(pagination.page, read.page)
    await nextTick()
    writer.run(() => watch([globalFilter, columnFilters, sorting, pagination.page, pagination.pageSize], write))
  })
}

function assign<T>(target: Ref<T>, value: T | undefined): void {
  if (value !== undefined) target.value = value
}
