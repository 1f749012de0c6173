import { getPath, splitPath } from './path'

export type RowsResult = { ok: true; rows: unknown[] } | { ok: false; message: string }

/** The row array inside a JSON response, or a message saying what is wrong with it. */
export function extractRows(json: unknown, dataField: string | undefined): RowsResult {
  const path = splitPath(dataField ?? '')
  const value = path.length ? getPath(json, path) : json
  if (value === undefined) return { ok: false, message: `The response has no field "${dataField}".` }
  if (!Array.isArray(value)) {
    const what = value === null ? 'null' : typeof value
    return { ok: false, message: path.length ? `The field "${dataField}" is ${what}, not a list of rows.` : `The response is ${what}, not a list of rows; set dataField to the field that holds them.` }
  }
  return { ok: true, rows: value }
}

/** Fetch failures as the sentence an error state shows. */
export class JsonFetchError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message)
    this.name = 'JsonFetchError'
  }
}

/** The default `fetchJson`: `fetch`, an HTTP status check and a JSON parse, each failing with a clear message. */
export async function defaultFetchJson(url: string, init: { signal: AbortSignal }): Promise<unknown> {
  const response = await fetch(url, { signal: init.signal, headers: { accept: 'application/json' } })
  if (!response.ok) throw new JsonFetchError(`The data could not be loaded: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, response.status)
  const body = await response.text()
  try {
    return JSON.parse(body)
  } catch {
    throw new JsonFetchError('The data could not be read: the response is not JSON.')
  }
}
