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

/** Content types that are JSON whatever their vendor prefix: `application/json`, `application/ld+json`... */
const JSON_TYPE = /[/+]json\b/i
/** Types that say nothing about the body, so the URL decides. */
const GENERIC_TYPE = /^(text\/plain|application\/octet-stream)?$/i

/** Whether a response is JSON: by its content type when it names one, else by the URL's `.json` extension. */
export function isJsonResponse(contentType: string | null, url: string): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim()
  if (JSON_TYPE.test(type)) return true
  if (!GENERIC_TYPE.test(type)) return false
  return /\.json$/i.test(new URL(url, 'http://x').pathname)
}

/**
 * The default `fetchData`: `fetch`, an HTTP status check, then parsed JSON for
 * JSON responses and the text for anything else (XML, CSV...), failing with clear messages.
 */
export async function defaultFetchData(url: string, init: { signal: AbortSignal }): Promise<unknown> {
  const response = await fetch(url, { signal: init.signal, headers: { accept: 'application/json, text/*;q=0.9, */*;q=0.8' } })
  if (!response.ok) throw new JsonFetchError(`The data could not be loaded: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, response.status)
  const body = await response.text()
  if (!isJsonResponse(response.headers.get('content-type'), url)) return body
  try {
    return JSON.parse(body)
  } catch {
    throw new JsonFetchError('The data could not be read: the response is not JSON.')
  }
}
