import type { ResolvedColumn } from './columns'
import { displayText, isEmptyText, isNumericColumn, numericKey } from './values'

export type SortDirection = 'asc' | 'desc'

export interface SortState {
  column: string
  direction: SortDirection
}

/** Natural, case- and accent-blind order of texts; sorting and facet lists share it. */
export const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

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
  const rank = rankTexts([...distinct])
  for (let i = 0; i < rows.length; i++) keys[i] = rank.get(texts[i]!) ?? Number.NaN
  return keys
}

/**
 * Ranks distinct texts in Intl.Collator order; texts the collator calls equal
 * (`Nokia`, `NOKIA`) share a rank, so the sort keeps their rows in order.
 * A cheap key (lower case, digit runs prefixed by their length) pre-sorts
 * them with plain string comparison; the collator then re-sorts the almost
 * sorted list, which TimSort finishes in close to one pass. 100,000 patent
 * numbers take a fraction of a full collator sort, with the collator's result.
 */
function rankTexts(distinct: string[]): Map<string, number> {
  // `key \0 position`: the engine's comparator-free string sort, then the position back.
  const packed = distinct.map((text, position) => `${roughKey(text)}\u0000${position}`).sort()
  const texts = packed.map((entry) => distinct[Number(entry.slice(entry.lastIndexOf('\u0000') + 1))]!)
  texts.sort(collator.compare)
  const rank = new Map<string, number>()
  let current = 0
  texts.forEach((text, position) => {
    if (position > 0 && collator.compare(texts[position - 1]!, text) !== 0) current++
    rank.set(text, current)
  })
  return rank
}

function roughKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\d+/g, (digits) => {
      const value = digits.replace(/^0+(?=\d)/, '')
      return String.fromCharCode(0x30 + Math.min(value.length, 0x4f)) + value
    })
}

/**
 * Row indices in `direction` order; stable (ties keep row order) and empty
 * values last either way. Each row becomes `rank * n + index` in one
 * Float64Array, so the engine's native numeric sort does the work without a
 * JavaScript comparator: the tie-break by index is built into the number.
 */
export function sortedOrder(keys: Float64Array, direction: SortDirection): Int32Array {
  const n = keys.length
  const distinct = new Float64Array(keys.filter((key) => key === key)).sort()
  const rankOf = new Map<number, number>()
  let ranks = 0
  for (let i = 0; i < distinct.length; i++) if (i === 0 || distinct[i] !== distinct[i - 1]) rankOf.set(distinct[i]!, ranks++)
  const packed = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const key = keys[i]!
    const rank = key === key ? rankOf.get(key)! : ranks
    const ordered = rank === ranks || direction === 'asc' ? rank : ranks - 1 - rank
    packed[i] = ordered * n + i
  }
  packed.sort()
  const order = new Int32Array(n)
  for (let k = 0; k < n; k++) order[k] = packed[k]! % n
  return order
}
