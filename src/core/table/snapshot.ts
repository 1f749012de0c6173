import { filterColumns, type ResolvedColumn } from './columns'
import type { FacetValue, QueryResult } from './engine'

/**
 * What a server-rendered table hands over to hydration instead of its data: exactly what its
 * first render shows, so the page weighs what it displays (25 rows), not what the data holds (thousands).
 * The client draws this until it has loaded the full data itself.
 */
export interface TableSnapshot {
  /** Marks the record, so no response can be taken for a snapshot. */
  format: typeof FORMAT
  /** The shown page's rows in display order, as the table's transforms left them. */
  rows: unknown[]
  /** Each row's key in the full data, so the rows keep their DOM nodes when it arrives. */
  keys: (string | number)[]
  /** Matching rows (the pager's "of N"). */
  total: number
  /** Rows in the data (an empty result says "no match" rather than "no data"). */
  rowCount: number
  /** Search words the cells highlight. */
  words: string[]
  /** Quick-filter values and counts per column name. */
  facets: { name: string; values: FacetValue[] }[]
}

const FORMAT = 'sh-ui table snapshot 1'

export interface SnapshotInput<Row> {
  rows: readonly Row[]
  columns: ResolvedColumn<Row>[]
  result: QueryResult<Row>
  /** Positions in `rows` of the shown page, in display order. */
  page: Int32Array
  keyOf: (row: Row, position: number) => string | number
  /** Keep every field of a row (a cell slot may read any), not only those the columns read. */
  wholeRows?: boolean
}

/** The snapshot of a rendered table. */
export function makeSnapshot<Row>(input: SnapshotInput<Row>): TableSnapshot {
  const { rows, columns, result, page } = input
  const fields = [...new Set(columns.flatMap((column) => [column.path[0], column.hrefPath?.[0]]))].filter((field) => field !== undefined)
  const shown = Array.from(page, (position) => rows[position]!)
  return {
    format: FORMAT,
    rows: input.wholeRows ? shown : shown.map((row) => pick(row, fields)),
    keys: Array.from(page, (position) => input.keyOf(rows[position]!, position)),
    total: result.indices.length,
    rowCount: rows.length,
    words: result.words,
    facets: result.facets.map((facet) => ({ name: facet.column.name, values: facet.values })),
  }
}

/** The value as a snapshot, or undefined when it is not one. */
export function readSnapshot(value: unknown): TableSnapshot | undefined {
  return value !== null && typeof value === 'object' && (value as { format?: unknown }).format === FORMAT ? (value as TableSnapshot) : undefined
}

/** The query result the snapshot shows: its rows in order, its facets on the given columns. */
export function snapshotResult<Row>(snapshot: TableSnapshot, columns: ResolvedColumn<Row>[]): QueryResult<Row> {
  const values = new Map(snapshot.facets.map((facet) => [facet.name, facet.values]))
  return {
    indices: Int32Array.from(snapshot.rows, (_row, position) => position),
    words: snapshot.words,
    facets: filterColumns(columns).map((column) => ({ column, values: values.get(column.name) ?? [] })),
  }
}

/** Only the fields the columns read; they are what the cells, links and facets of a row show. */
function pick(row: unknown, fields: string[]): unknown {
  if (row === null || typeof row !== 'object') return row
  const record = row as Record<string, unknown>
  return Object.fromEntries(fields.filter((field) => field in record).map((field) => [field, record[field]]))
}
