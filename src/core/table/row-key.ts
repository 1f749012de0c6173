import { getPath } from './path'

export type RowKeyOption<Row> = string | ((row: Row) => string | number) | undefined
export type RowKeyOf<Row> = (row: Row, position: number) => string | number

/** How rows are keyed: the given path or function, else `id` when the first row has one, else the row's position in the data. */
export function rowKeyFunction<Row>(option: RowKeyOption<Row>, firstRow: unknown): RowKeyOf<Row> {
  if (typeof option === 'function') return (row, position) => option(row) ?? position
  const path = option ?? (firstRow && typeof firstRow === 'object' && 'id' in firstRow ? 'id' : undefined)
  if (!path) return (_row, position) => position
  return (row, position) => {
    const value = getPath(row, path)
    return typeof value === 'string' || typeof value === 'number' ? value : position
  }
}
