import { filterColumns, type ResolvedColumn } from './columns'
import { collator, sortKeys, sortedOrder, type SortState } from './sort'
import { COLUMN_SEPARATOR, normalizeText, searchWords } from '../text'
import { displayText, facetLabel, isYearColumn, rawValue, UNDEFINED_FACET } from './values'

/** Selected facet labels per column name; an empty or missing list means "no filter". */
export type FilterState = Record<string, string[]>

export interface QueryState {
  search?: string
  filters?: FilterState
  sort?: SortState | null
}

export interface FacetValue {
  /** `UNDEFINED_FACET` for empty values. */
  value: string
  /** Rows with this value among those matching the search and every OTHER column's filter. */
  count: number
}

export interface Facet<Row> {
  column: ResolvedColumn<Row>
  values: FacetValue[]
}

export interface QueryResult<Row> {
  /** Matching row indices in display order. */
  indices: Int32Array
  facets: Facet<Row>[]
  words: string[]
}

interface FacetIndex<Row> {
  column: ResolvedColumn<Row>
  codes: Uint32Array
  labels: string[]
  /** Lower-cased label to code. */
  codeOf: Map<string, number>
}


/**
 * Everything derived from the rows once, so that a keystroke only scans
 * precomputed strings and integer codes. Search haystacks and sort orders are
 * built on first use: a table that is never searched or sorted never pays for them.
 */
export class TableIndex<Row> {
  readonly rows: readonly Row[]
  readonly columns: ResolvedColumn<Row>[]
  readonly facetIndex: FacetIndex<Row>[]
  // Built progressively (warm) or all at once on the first search; complete when as long as rows.
  private readonly haystacks: string[] = []
  private readonly orders = new Map<string, Int32Array>()
  private readonly keys = new Map<string, Float64Array>()
  private lastSearch: { text: string; hits: Int32Array | null } = { text: '', hits: null }

  constructor(rows: readonly Row[], columns: ResolvedColumn<Row>[]) {
    this.rows = rows
    this.columns = columns
    this.facetIndex = filterColumns(columns).map((column) => buildFacet(rows, column))
  }

  /**
   * Builds search haystacks ahead of the first keystroke, for at most `budgetMs`
   * (an idle slice) or to the end; true once all are built. A search finishes
   * whatever is left, so an interrupted warm-up never changes a result.
   */
  warm(budgetMs = Infinity): boolean {
    if (this.haystacks.length === this.rows.length) return true
    const searched = this.columns.filter((column) => column.query)
    const texts = new Array<string>(searched.length)
    const list = this.haystacks
    const started = performance.now()
    while (list.length < this.rows.length) {
      const row = this.rows[list.length]!
      for (let c = 0; c < searched.length; c++) texts[c] = displayText(row, searched[c]!)
      // One normalisation per row; the separator keeps a word from matching across two columns.
      list.push(normalizeText(texts.join(COLUMN_SEPARATOR)))
      if (list.length % 256 === 0 && performance.now() - started > budgetMs) return false
    }
    return true
  }

  private haystackList(): string[] {
    this.warm()
    return this.haystacks
  }

  /** Rows containing every word; null when there is no search. */
  private searchHits(words: string[]): Int32Array | null {
    if (!words.length) return null
    const text = words.join(' ')
    const previous = this.lastSearch
    // Typing extends the query: only the previous matches can still match.
    const narrowing = previous.hits && previous.text.split(' ').every((old) => words.some((word) => word.includes(old)))
    const haystacks = this.haystackList()
    const candidates = narrowing ? previous.hits! : null
    const count = candidates ? candidates.length : haystacks.length
    const out = new Int32Array(count)
    let found = 0
    for (let k = 0; k < count; k++) {
      const i = candidates ? candidates[k]! : k
      const haystack = haystacks[i]!
      let match = true
      for (const word of words) {
        if (!haystack.includes(word)) {
          match = false
          break
        }
      }
      if (match) out[found++] = i
    }
    const hits = out.slice(0, found)
    this.lastSearch = { text, hits }
    return hits
  }

  sortOrder(sort: SortState): Int32Array | undefined {
    const column = this.columns.find((entry) => entry.name === sort.column)
    if (!column) return undefined
    const id = `${sort.column}\u0001${sort.direction}`
    let order = this.orders.get(id)
    if (!order) {
      let keys = this.keys.get(sort.column)
      if (!keys) {
        keys = sortKeys(this.rows, column)
        this.keys.set(sort.column, keys)
      }
      order = sortedOrder(keys, sort.direction)
      this.orders.set(id, order)
    }
    return order
  }

  query(state: QueryState): QueryResult<Row> {
    const words = searchWords(state.search ?? '')
    const hits = this.searchHits(words)
    const n = this.rows.length
    const facets = this.facetIndex
    const selected = facets.map((facet) => {
      const values = state.filters?.[facet.column.name]
      if (!values?.length) return null
      const codes = new Uint8Array(facet.labels.length)
      for (const value of values) {
        const code = facet.codeOf.get(value.toLowerCase())
        if (code !== undefined) codes[code] = 1
      }
      return codes
    })
    const counts = facets.map((facet) => new Uint32Array(facet.labels.length))
    const match = new Uint8Array(n)
    let matched = 0
    const total = hits ? hits.length : n
    for (let k = 0; k < total; k++) {
      const i = hits ? hits[k]! : k
      let failed = -1
      let failures = 0
      for (let f = 0; f < facets.length; f++) {
        const codes = selected[f]
        if (codes && !codes[facets[f]!.codes[i]!]) {
          failed = f
          if (++failures > 1) break
        }
      }
      if (failures === 0) {
        match[i] = 1
        matched++
        for (let f = 0; f < facets.length; f++) counts[f]![facets[f]!.codes[i]!]!++
      } else if (failures === 1) {
        // Counts of a column reflect the other columns' filters, not its own.
        counts[failed]![facets[failed]!.codes[i]!]!++
      }
    }
    const order = state.sort ? this.sortOrder(state.sort) : undefined
    const indices = new Int32Array(matched)
    let at = 0
    if (order) {
      for (let k = 0; k < n; k++) if (match[order[k]!]) indices[at++] = order[k]!
    } else if (hits) {
      for (let k = 0; k < hits.length; k++) if (match[hits[k]!]) indices[at++] = hits[k]!
    } else {
      for (let i = 0; i < n; i++) if (match[i]) indices[at++] = i
    }
    return {
      indices,
      words,
      facets: facets.map((facet, f) => facetValues(facet, counts[f]!)),
    }
  }
}

function facetValues<Row>(facet: FacetIndex<Row>, counts: Uint32Array): Facet<Row> {
  const values = facet.labels.map((value, code) => ({ value, count: counts[code]! }))
  // A year filter lists years only, as the OMA site does: "no date" is not a year to pick.
  return { column: facet.column, values: isYearColumn(facet.column) ? values.filter((entry) => entry.value !== UNDEFINED_FACET) : values }
}

function buildFacet<Row>(rows: readonly Row[], column: ResolvedColumn<Row>): FacetIndex<Row> {
  const codes = new Uint32Array(rows.length)
  const firstSeen = new Map<string, number>()
  const raw: string[] = []
  // Rows repeat a few hundred distinct values: label each distinct primitive value once.
  const byValue = new Map<unknown, number>()
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    const value = rawValue(row, column)
    let code = byValue.get(value)
    if (code === undefined) {
      const label = facetLabel(row, column)
      // `GEMALTO` and `Gemalto` are one value; the first spelling names it.
      const key = label.toLowerCase()
      code = firstSeen.get(key)
      if (code === undefined) {
        code = raw.length
        firstSeen.set(key, code)
        raw.push(label)
      }
      if (value === null || typeof value !== 'object') byValue.set(value, code)
    }
    codes[i] = code
  }
  // Values in collation order (years newest first), "Undefined" last.
  const descending = isYearColumn(column)
  const order = raw
    .map((label, code) => ({ label, code }))
    .sort((a, b) => {
      if (a.label === UNDEFINED_FACET || b.label === UNDEFINED_FACET) return a.label === UNDEFINED_FACET ? 1 : -1
      return descending ? collator.compare(b.label, a.label) : collator.compare(a.label, b.label)
    })
  const remap = new Uint32Array(raw.length)
  order.forEach((entry, position) => (remap[entry.code] = position))
  for (let i = 0; i < codes.length; i++) codes[i] = remap[codes[i]!]!
  const labels = order.map((entry) => entry.label)
  return { column, codes, labels, codeOf: new Map(labels.map((label, code) => [label.toLowerCase(), code])) }
}
