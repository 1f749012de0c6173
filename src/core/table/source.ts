import { extractRows } from './data'

export type RawTransform = (raw: unknown) => unknown

/** Where named transforms come from (ShUiOptions): `resolveTransform` first, then `transforms`. */
export interface TransformLookup {
  resolveTransform?: (name: string) => RawTransform | undefined
  transforms?: Record<string, RawTransform>
}

/** `transformRawData` as a function, or the function a name stands for; `error` when no transform has that name. */
export function rawTransform(option: unknown, lookup: TransformLookup): { transform?: RawTransform; error?: string } {
  if (typeof option === 'function') return { transform: option as RawTransform }
  if (typeof option !== 'string' || !option) return {}
  const named = lookup.transforms && Object.hasOwn(lookup.transforms, option) ? lookup.transforms[option] : undefined
  const found = lookup.resolveTransform?.(option) ?? named
  if (typeof found === 'function') return { transform: found }
  return { error: `transformRawData names "${option}", but no transform has that name; provide it through the plugin's transforms (or, in Nuxt, a plugin's provide).` }
}

export interface SourceInput<Row> {
  /** Rows given directly (the `rows` prop); wins over `data`. */
  rows?: unknown
  /** A loaded response, undefined until it arrives. */
  data?: unknown
  dataField?: string
  /** Reshapes the raw response (parsed JSON, or text for XML and other types) before rows are taken from it. */
  transformRaw?: RawTransform
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
    let data: unknown = input.data
    try {
      if (input.transformRaw) data = input.transformRaw(data)
    } catch (cause) {
      return { rows: [], error: `transformRawData failed: ${cause instanceof Error ? cause.message : String(cause)}` }
    }
    const extracted = extractRows(data, input.dataField)
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
