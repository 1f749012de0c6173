import type { FilterState } from './engine'
import type { SortState } from './sort'

export interface TableUrlState {
  search?: string
  filters?: FilterState
  sort?: SortState | null
  page?: number
  pageSize?: number
}

/**
 * Query-string keys: `q`, `sort` (`name` or `-name` for descending), `page`,
 * `size` (0 = All) and `f.<column>` repeated per selected value, each behind
 * an optional prefix so two tables on one page keep separate state.
 */
export function readUrlState(search: string, prefix = ''): TableUrlState {
  const params = new URLSearchParams(search)
  const state: TableUrlState = {}
  const q = params.get(`${prefix}q`)
  if (q !== null) state.search = q
  const sort = params.get(`${prefix}sort`)
  if (sort) state.sort = sort.startsWith('-') ? { column: sort.slice(1), direction: 'desc' } : { column: sort, direction: 'asc' }
  const page = Number(params.get(`${prefix}page`))
  if (Number.isInteger(page) && page > 0) state.page = page
  const size = params.get(`${prefix}size`)
  if (size !== null && /^\d+$/.test(size)) state.pageSize = Number(size)
  const filterPrefix = `${prefix}f.`
  for (const [key, value] of params) {
    if (!key.startsWith(filterPrefix)) continue
    state.filters ??= {}
    ;(state.filters[key.slice(filterPrefix.length)] ??= []).push(value)
  }
  return state
}

/** `search` with this table's keys replaced by `state`; other parameters are kept. */
export function writeUrlState(search: string, state: TableUrlState, prefix = '', defaultPageSize = 10): string {
  const params = new URLSearchParams(search)
  for (const key of [...params.keys()]) {
    if (key === `${prefix}q` || key === `${prefix}sort` || key === `${prefix}page` || key === `${prefix}size` || key.startsWith(`${prefix}f.`)) params.delete(key)
  }
  if (state.search) params.set(`${prefix}q`, state.search)
  for (const [column, values] of Object.entries(state.filters ?? {})) for (const value of values) params.append(`${prefix}f.${column}`, value)
  if (state.sort) params.set(`${prefix}sort`, `${state.sort.direction === 'desc' ? '-' : ''}${state.sort.column}`)
  if (state.page && state.page > 1) params.set(`${prefix}page`, String(state.page))
  if (state.pageSize !== undefined && state.pageSize !== defaultPageSize) params.set(`${prefix}size`, String(state.pageSize))
  const text = params.toString()
  return text ? `?${text}` : ''
}
