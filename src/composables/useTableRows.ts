import { computed, watch, type ComputedRef, type Ref } from 'vue'
import type { ResolvedColumn } from '../core/table/columns'
import type { RowKeyOf } from '../core/table/row-key'
import { useLazyVirtualizer } from './useLazyVirtualizer'

export interface RowEntry<Row, Cell> {
  row: Row
  key: string | number
  /** The row's offset in the page, for the virtualizer's measurements; unset when not virtual. */
  virtualIndex?: number
  cells: Cell[]
}

export interface TableRowsInput<Row, Cell> {
  rows: ComputedRef<readonly Row[]>
  /** The scrolling element around the table. */
  scroller: Readonly<Ref<HTMLElement | null>>
  pageIndices: ComputedRef<Int32Array>
  visible: ComputedRef<ResolvedColumn<Row>[]>
  rowKeyOf: ComputedRef<RowKeyOf<Row>>
  /** Pages longer than this render only the rows in view. */
  virtualizeOver: () => number
  /** What the template needs of one cell, worked out here rather than through a wrapper component (each template level costs two DOM anchors per cell). */
  cell: (row: Row, column: ResolvedColumn<Row>) => Cell
  /** Changes that scroll a virtual page back to its top. */
  resetOn: Ref<unknown>[]
}

/**
 * The rows the template draws: the whole page, or, on pages longer than
 * `virtualizeOver`, the slice in view with spacer heights above and below.
 * Rows are materialised only for what is drawn: "All" over 100,000 rows draws a few dozen.
 */
export function useTableRows<Row, Cell>(input: TableRowsInput<Row, Cell>) {
  const virtual = computed(() => input.pageIndices.value.length > input.virtualizeOver())
  const virtualizer = useLazyVirtualizer(computed(() => input.pageIndices.value.length), virtual, input.scroller)

  function entry(offset: number, virtualIndex?: number): RowEntry<Row, Cell> {
    const position = input.pageIndices.value[offset]!
    const row = input.rows.value[position]!
    const cells = input.visible.value.map((column) => input.cell(row, column))
    return { row, key: input.rowKeyOf.value(row, position), virtualIndex, cells }
  }

  const renderedRows = computed(() => {
    const slice = virtualizer.slice.value
    if (!slice) return Array.from(input.pageIndices.value, (_, offset) => entry(offset))
    return slice.indices.map((offset) => entry(offset, offset))
  })
  const padding = computed(() => virtualizer.slice.value ?? { top: 0, bottom: 0 })

  function measure(element: unknown): void {
    if (virtual.value && element instanceof Element) virtualizer.measure(element)
  }
  watch(input.resetOn, () => {
    if (virtual.value) virtualizer.scrollToTop()
  })

  return { renderedRows, padding, measure, virtual }
}
