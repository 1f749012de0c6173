import { DEV, warn } from '../warn'

/** `0` stands for "All" in page-size lists and `v-model:page-size`. */
export const ALL_ROWS = 0
export const PAGE_SIZES = [10, 25, 50, 100, ALL_ROWS] as const
export const DEFAULT_PAGE_SIZE = 10

/** A page size as a number of rows or ALL_ROWS: the OMA pages write `-1` for All, as DataTables does; anything else unusable is undefined. */
export function pageSizeOf(value: unknown): number | undefined {
  const size = typeof value === 'string' && value.trim() ? Number(value) : value
  if (typeof size !== 'number' || !Number.isInteger(size) || size < -1) return undefined
  return size <= 0 ? ALL_ROWS : size
}

/** The `perPage` prop as a page size: `-1` and `0` are All; anything unusable warns once and gives the default. */
export function initialPageSize(perPage: unknown, component: string): number {
  if (perPage === undefined || perPage === null) return DEFAULT_PAGE_SIZE
  const size = pageSizeOf(perPage)
  if (size !== undefined) return size
  if (DEV) warn(component, `perPage must be a whole number of rows, or -1 or 0 for All, got ${JSON.stringify(perPage)}; ${DEFAULT_PAGE_SIZE} is used.`)
  return DEFAULT_PAGE_SIZE
}

export interface PageWindow {
  page: number
  pageCount: number
  /** 0-based, end exclusive. */
  start: number
  end: number
}

/** Clamps `page` into range; an "All" size shows one page. */
export function pageWindow(total: number, page: number, pageSize: number): PageWindow {
  const size = pageSize > 0 ? pageSize : Math.max(total, 1)
  const pageCount = Math.max(1, Math.ceil(total / size))
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount)
  const start = (current - 1) * size
  return { page: current, pageCount, start, end: Math.min(total, start + size) }
}

/** Page numbers to show with `null` for a gap: 1 … 4 5 6 … 20. */
export function pageNumbers(page: number, pageCount: number, around = 1): Array<number | null> {
  const shown = new Set([1, pageCount])
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) shown.add(p)
  const sorted = [...shown].sort((a, b) => a - b)
  const out: Array<number | null> = []
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1]
    if (previous !== undefined && p - previous === 2) out.push(p - 1)
    else if (previous !== undefined && p - previous > 2) out.push(null)
    out.push(p)
  })
  return out
}
