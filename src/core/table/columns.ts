import { parseContentProp } from '../content-prop'
import { DEV, warn } from '../warn'
import { splitPath } from './path'

export type ColumnType = 'text' | 'number' | 'date' | 'url' | 'email' | 'subs'

/**
 * One column as the OMA pages configure `::ShDynamicTable`, plus typed hooks.
 * Keys keep the original spelling (`formatColumValue`) so existing blocks work unchanged.
 */
export interface DataTableColumn<Row = Record<string, unknown>> {
  /** Dot path of the value in a row. */
  name: string
  title?: string
  /** Offer the column as a quick filter. */
  filter?: boolean
  /** Position among the quick filters, lowest first. */
  filterOrder?: number
  /** Searched by the search box. When no column sets it, every visible column is searched. */
  query?: boolean
  sortable?: boolean
  type?: ColumnType
  /** `url` columns: `field` or `[field]` whose value is the link target while the cell shows `name`. `subs`: the field read from each item. */
  typeData?: unknown
  /**
   * A string value holding markup shows as HTML through the app's `htmlCells` renderer (links, emphasis, code,
   * line breaks; see `ShUiOptions.htmlCells`); `false` shows the markup as text.
   */
  html?: boolean
  /** Not shown; still searchable, filterable and exported only when visible. */
  hide?: boolean
  /** `DY`: show and filter by the year of a date. */
  formatColumValue?: string
  /**
   * Groups spellings for the quick filter (`US`, `USA` → `United States`); the cell still shows the value.
   * Called once per distinct value, so it must depend on the value alone.
   */
  facet?(value: unknown, row: Row): string | null | undefined
}

export interface ResolvedColumn<Row = Record<string, unknown>> {
  name: string
  path: string[]
  title: string
  type: ColumnType
  filter: boolean
  filterOrder: number
  query: boolean
  sortable: boolean
  hide: boolean
  /** The column allows markup (`html` not false). */
  html: boolean
  /** The app's HTML cell renderer, when the column allows markup and the app has one. */
  htmlCells?: HtmlCellRenderer
  /** Date columns read as years (`formatColumValue: DY`). */
  yearOnly: boolean
  hrefPath?: string[]
  subPath?: string[]
  facet?(value: unknown, row: Row): string | null | undefined
}

/**
 * Turns a cell value holding markup into what the table shows: safe HTML to draw, and the text that search,
 * sort, quick filters and exports read. sh-ui's is `htmlCells` (its allow-list sanitiser); apps pass it in
 * `ShUiOptions.htmlCells`, so tables whose data holds no markup do not carry a sanitiser.
 */
export interface HtmlCellRenderer {
  html(markup: string): string
  text(markup: string): string
}

const TYPES = new Set<ColumnType>(['text', 'number', 'date', 'url', 'email', 'subs'])

/** Validates content-supplied columns; without any, every key of the first row becomes a column. */
export function resolveColumns<Row>(
  columns: unknown,
  firstRow: unknown,
  component: string,
  htmlCells?: HtmlCellRenderer,
): ResolvedColumn<Row>[] {
  // Bad columns warn once and fall back to the keys of the first row.
  let list = parseContentProp(columns, { component, prop: 'columns', expect: 'array', shape: 'of { name, title, ... }' }) as unknown[] | undefined
  if (!list?.length) {
    const keys = firstRow && typeof firstRow === 'object' ? Object.keys(firstRow) : []
    list = keys.map((name) => ({ name }))
  }
  // Search covers the `query` columns; only when no column says either way, every visible one.
  const explicitQuery = (list as unknown[]).some((entry) => typeof (entry as { query?: unknown } | null)?.query === 'boolean')
  const seen = new Set<string>()
  const out: ResolvedColumn<Row>[] = []
  ;(list as unknown[]).forEach((entry, position) => {
    const column = (typeof entry === 'string' ? { name: entry } : entry) as Partial<DataTableColumn<Row>> | null
    if (!column || typeof column !== 'object' || typeof column.name !== 'string' || !column.name) {
      if (DEV) warn(component, `columns[${position}] needs a string name; it is skipped.`)
      return
    }
    if (seen.has(column.name)) {
      if (DEV) warn(component, `columns has "${column.name}" twice; the second is skipped.`)
      return
    }
    seen.add(column.name)
    let type = (column.type ?? 'text') as ColumnType
    if (!TYPES.has(type)) {
      if (DEV) warn(component, `columns "${column.name}" has unknown type "${String(column.type)}"; text is used.`)
      type = 'text'
    }
    const yearOnly = column.formatColumValue === 'DY'
    if (DEV && column.formatColumValue !== undefined && !yearOnly) warn(component, `columns "${column.name}" has unknown formatColumValue "${String(column.formatColumValue)}"; ignored.`)
    const hrefField = typeDataField(column.typeData)
    out.push({
      name: column.name,
      path: splitPath(column.name),
      title: typeof column.title === 'string' ? column.title : column.name,
      type,
      filter: column.filter === true,
      filterOrder: typeof column.filterOrder === 'number' ? column.filterOrder : Number.MAX_SAFE_INTEGER,
      query: column.query === undefined ? !explicitQuery && !column.hide : column.query === true,
      sortable: column.sortable === true,
      hide: column.hide === true,
      html: column.html !== false,
      htmlCells: column.html === false ? undefined : htmlCells,
      yearOnly,
      hrefPath: type === 'url' && hrefField ? splitPath(hrefField) : undefined,
      subPath: type === 'subs' && hrefField ? splitPath(hrefField) : undefined,
      facet: typeof column.facet === 'function' ? column.facet : undefined,
    })
  })
  return out
}

/** The field named by `typeData`: the OMA pages write it both as `"tsLink"` and as `["tsLink"]`. */
function typeDataField(typeData: unknown): string | undefined {
  const field = Array.isArray(typeData) ? typeData[0] : typeData
  return typeof field === 'string' && field ? field : undefined
}

/** Quick-filter columns in `filterOrder`, ties in column order. */
export function filterColumns<Row>(columns: ResolvedColumn<Row>[]): ResolvedColumn<Row>[] {
  return columns
    .map((column, position) => ({ column, position }))
    .filter(({ column }) => column.filter)
    .sort((a, b) => a.column.filterOrder - b.column.filterOrder || a.position - b.position)
    .map(({ column }) => column)
}
