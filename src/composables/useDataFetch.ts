import { onBeforeUnmount, onMounted, onServerPrefetch, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { defaultFetchData } from '../core/table/data'
import { useShUiContext } from './config'

export interface DataFetch {
  data: ShallowRef<unknown>
  error: Ref<string | undefined>
  pending: Ref<boolean>
  /** Loads again after an error (the Retry button). */
  retry: () => void
}

/**
 * Loads `url()` through the plugin's `fetchData` (or its deprecated alias
 * `fetchJson`, or `fetch`): parsed JSON for JSON, text for anything else.
 * Each load aborts the previous one, as does unmounting. In the browser it
 * starts on mount; on the server only when the app supplied a fetch, since
 * plain `fetch` of a relative URL has no origin there.
 */
export function useDataFetch(url: () => string | undefined): DataFetch {
  const context = useShUiContext()
  const state = context.value.options.jsonState?.()
  const initialUrl = url()
  const data = shallowRef<unknown>(state && initialUrl ? state[initialUrl] : undefined)
  // A server fetch that failed hands its message over too, so hydration starts from the same error state.
  const error = ref<string | undefined>(state && initialUrl ? (state[errorKey(initialUrl)] as string | undefined) : undefined)
  const serverFailed = error.value !== undefined
  const pending = ref(false)
  let controller: AbortController | undefined

  async function load(): Promise<void> {
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
      if (state) {
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
    if (!(options.fetchData ?? options.fetchJson) || data.value !== undefined) return
    await load()
    const target = url()
    if (state && target && error.value !== undefined) state[errorKey(target)] = error.value
  })
  // After a server failure the client tries once more by itself (the server may have lacked access the browser has).
  onMounted(() => {
    if (data.value === undefined || serverFailed) void load()
  })
  watch(url, () => void load())
  onBeforeUnmount(() => controller?.abort())

  return { data, error, pending, retry: () => void load() }
}

/** Where a server fetch's failure is kept in the jsonState record; a space cannot occur in a URL. */
function errorKey(url: string): string {
  return `error ${url}`
}
