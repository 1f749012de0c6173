import { onBeforeMount, onBeforeUnmount, onMounted, onServerPrefetch, ref, shallowRef, useId, watch, type Ref, type ShallowRef } from 'vue'
import { defaultFetchData } from '../core/table/data'
import { readSnapshot, type TableSnapshot } from '../core/table/snapshot'
import { useShUiContext } from './config'

export interface DataFetch {
  data: ShallowRef<unknown>
  error: Ref<string | undefined>
  pending: Ref<boolean>
  /** What the server's render showed, drawn until `data` arrives; undefined once it has (or without one). */
  snapshot: ShallowRef<TableSnapshot | undefined>
  /** Loads again after an error (the Retry button). */
  retry: () => void
}

/** What the server hands over to hydration once its render has the data: a snapshot of it, or the error it showed. */
export type ServerHandover = { snapshot: TableSnapshot } | { error: string }

/**
 * Loads `url()` through the plugin's `fetchData` (or its deprecated alias
 * `fetchJson`, or `fetch`): parsed JSON for JSON, text for anything else.
 * Each load aborts the previous one, as does unmounting. In the browser it
 * starts on mount; on the server only when the app supplied a fetch, since
 * plain `fetch` of a relative URL has no origin there. With `jsonState`, the
 * server keeps `handover()` there (not the response), and the client draws
 * that snapshot while it loads the full data, from the moment it hydrates.
 */
export function useDataFetch(url: () => string | undefined, handover: () => ServerHandover): DataFetch {
  const context = useShUiContext()
  const state = context.value.options.jsonState?.()
  // Per table, not per URL: two tables on one file show different pages.
  const snapshotKey = `snapshot ${useId()}`
  const initial = handedOver(state, url(), snapshotKey)
  const data = shallowRef<unknown>(initial.data)
  const snapshot = shallowRef(initial.snapshot)
  const error = ref<string | undefined>(initial.error)
  const serverFailed = error.value !== undefined
  const pending = ref(false)
  let controller: AbortController | undefined

  async function load(onServer = false): Promise<void> {
    controller?.abort()
    const target = url()
    if (!target) return
    const current = new AbortController()
    controller = current
    pending.value = true
    error.value = undefined
    try {
      const options = context.value.options
      const fetchData = options.fetchData ?? options.fetchJson ?? defaultFetchData
      const json = await fetchData(target, { signal: current.signal })
      if (current.signal.aborted) return
      data.value = json
      snapshot.value = undefined
      // The server keeps the response out of the record: the page payload would carry every row.
      if (state && !onServer) {
        state[target] = json
        delete state[errorKey(target)]
      }
    } catch (cause) {
      if (current.signal.aborted) return
      error.value = failure(cause, target)
    } finally {
      if (controller === current) pending.value = false
    }
  }

  onServerPrefetch(async () => {
    const options = context.value.options
    if (!(options.fetchData ?? options.fetchJson)) return
    await load(true)
    const failed = error.value
    keep(state, url(), snapshotKey, () => (failed === undefined ? handover() : { error: failed }))
  })
  loadInBrowser(() => void load(), initial.snapshot !== undefined, () => data.value === undefined || serverFailed)
  watch(url, () => {
    snapshot.value = undefined
    void load()
  })
  onBeforeUnmount(() => controller?.abort())

  return { data, error, pending, snapshot, retry: () => void load() }
}

/** What the record holds for the table at `url` as setup starts. */
function handedOver(state: Record<string, unknown> | undefined, url: string | undefined, snapshotKey: string) {
  if (!state || !url) return {}
  // Data a client load kept: a table shown again after client-side navigation needs no new fetch.
  const data = state[url]
  // A server fetch that failed hands its message over too, so hydration starts from the same error state.
  const error = state[errorKey(url)] as string | undefined
  return { data, error, snapshot: data === undefined ? readSnapshot(state[`${snapshotKey} ${url}`]) : undefined }
}

/**
 * When the browser loads. Behind a snapshot, as the table hydrates, not once the whole page has: the table is
 * searchable only when the data is there, and the snapshot stays drawn meanwhile. Else on mount, when there is
 * no data or, once more by itself, after a server failure (the server may have lacked access the browser has).
 */
function loadInBrowser(load: () => void, behindSnapshot: boolean, needed: () => boolean): void {
  onBeforeMount(() => behindSnapshot && load())
  onMounted(() => !behindSnapshot && needed() && load())
}

/** Puts what the server's render showed in the record, for hydration to start from. */
function keep(state: Record<string, unknown> | undefined, url: string | undefined, key: string, handed: () => ServerHandover): void {
  if (!state || !url) return
  const value = handed()
  if ('error' in value) state[errorKey(url)] = value.error
  else state[`${key} ${url}`] = value.snapshot
}

/** The error state's sentence: the fetch's own message, or a plain one for a network failure (a TypeError from fetch). */
function failure(cause: unknown, url: string): string {
  return cause instanceof Error && cause.name !== 'TypeError' ? cause.message : `The data could not be loaded from ${url} (network error).`
}

/** Where a server fetch's failure is kept in the jsonState record; a space cannot occur in a URL. */
function errorKey(url: string): string {
  return `error ${url}`
}
