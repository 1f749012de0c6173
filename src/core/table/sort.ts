import type { ResolvedColumn } from './columns'
import { displayText, isNumericColumn, numericKey } from './values'
import { isEmptyText } from './text'

export type SortDirection = 'asc' | 'desc'

export interface SortState {
  column: string
  direction: SortDirection
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/**
 * One number per row that orders it: parsed dates and numbers as they are,
 * text as its rank among the column's distinct values under Intl.Collator
 * (numeric collation: `V1_10` after `V1_9`). NaN marks empty values.
 * Ranking distinct values once keeps a 100,000-row sort to float comparisons.
 */
export function sortKeys<Row>(rows: readonly Row[], column: ResolvedColumn<Row>): Float64Array {
  const keys = new Float64Array(rows.length)
  if (isNumericColumn(column)) {
    for (let i = 0; i < rows.length; i++) keys[i] = numericKey(rows[i]!, column)
    return keys
  }
  const texts = new Array<string>(rows.length)
  const distinct = new Set<string>()
  for (let i = 0; i < rows.length; i++) {
    const text = displayText(rows[i]!, column).trim()
    texts[i] = text
    if (!isEmptyText(text)) distinct.add(text)
  }
  const rank = new Map<string, number>()
  ;[...distinct].sort(collator.compare).forEach((text, position) => rank.set(text, position))
  for (let i = 0; i < rows.length; i++) keys[i] = rank.get(texts[i]!) ?? Number.NaN
  return keys
}

/** Row indices in `direction` order; stable (ties keep row order) and empty values last either way. */
export function sortedOrder(keys: Float64Array, direction: SortDirection): Int32Array {
  const order = new Int32Array(keys.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  const sign = direction === 'asc' ? 1 : -1
  order.sort((a, b) => {
    const ka = keys[a]!
    const kb = keys[b]!
    const emptyA = ka !== ka
    const emptyB = kb !== kb
    if (emptyA || emptyB) return emptyA === emptyB ? a - b : emptyA ? 1 : -1
    return ka === kb ? a - b : (ka - kb) * sign
  })
  return order
}
