import { extractRows } from './data'

export interface SourceInput<Row> {
  /** Rows given directly (the `rows` prop); wins over `data`. */
  rows?: unknown
  /** A loaded response, undefined until it arrives. */
  data?: unknown
  dataField?: string
  transform?: (rows: unknown[]) => Row[]
}

export interface TableSource<Row> {
  rows: Row[]
  error?: string
}

/** The rows to show, or the sentence an error state shows when the input cannot give them. */
export function tableSource<Row>(input: SourceInput<Row>): TableSource<Row> {
  let list: unknown[] = []
  if (input.rows !== undefined && input.rows !== null) {
    if (!Array.isArray(input.rows)) return { rows: [], error: 'The rows given to this table are not a list.' }
    list = input.rows
  } else if (input.data !== undefined) {
    const extracted = extractRows(input.data, input.dataField)
    if (!extracted.ok) return { rows: [], error: extracted.message }
    list = extracted.rows
  }
  if (!input.transform) return { rows: list as Row[] }
  try {
    const transformed = input.transform(list)
    if (Array.isArray(transformed)) return { rows: transformed }
    return { rows: [], error: 'transform did not return a list of rows.' }
  } catch (cause) {
    return { rows: [], error: `transform failed: ${cause instanceof Error ? cause.message : String(cause)}` }
  }
}
