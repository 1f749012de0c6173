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
 * that snapshot while it loads the full data.
 */
export function useDataFetch(url: () => string | undefined, handover: () => ServerHandover): DataFetch {
  const context = useShUiContext()
  const state = context.value.options.jsonState?.()
  // Per table, not per URL: two tables on one file show different pages.
  const snapshotKey = `snapshot ${useId()}`
  const initialUrl = url()
  // Data a client load kept (a table shown again after client-side navigation needs no new fetch).
  const data = shallowRef<unknown>(state && initialUrl ? state[initialUrl] : undefined)
  const snapshot = shallowRef(state && initialUrl && data.value === undefined ? readSnapshot(state[`${snapshotKey} ${initialUrl}`]) : undefined)
  // A server fetch that failed hands its message over too, so hydration starts from the same error state.
  const error = ref<string | undefined>(state && initialUrl ? (state[errorKey(initialUrl)] as string | undefined) : undefined)
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
      error.value = cause instanceof Error && cause.name !== 'TypeError' ? cause.message : `The data could not be loaded from ${target} (network error).`
    } finally {
      if (controller === current) pending.value = false
    }
  }

  onServerPrefetch(async () => {
    const options = context.value.options
    if (!(options.fetchData ?? options.fetchJson)) return
    await load(true)
    const target = url()
    if (!state || !target) return
    const handed = error.value === undefined ? handover() : { error: error.value }
    if ('error' in handed) state[errorKey(target)] = handed.error
    else state[`${snapshotKey} ${target}`] = handed.snapshot
  })
  // Behind a snapshot the full data is requested as the table hydrates, not once the whole page has: the
  // table only becomes searchable when it arrives. The snapshot stays drawn, so nothing changes on screen yet.
  onBeforeMount(() => {
    if (snapshot.value) void load()
  })
  // After a server failure the client tries once more by itself (the server may have lacked access the browser has).
  onMounted(() => {
    if (!snapshot.value && !pending.value && (data.value === undefined || serverFailed)) void load()
  })
  watch(url, () => {
    snapshot.value = undefined
    void load()
  })
  onBeforeUnmount(() => controller?.abort())

  return { data, error, pending, snapshot, retry: () => void load() }
}

/** Where a server fetch's failure is kept in the jsonState record; a space cannot occur in a URL. */
function errorKey(url: string): string {
  return `error ${url}`
}
