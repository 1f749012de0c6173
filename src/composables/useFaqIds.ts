import { getCurrentInstance, onBeforeUnmount } from 'vue'
import { assignIds } from '../core/faq'

/** Ids claimed by each ShFaq of one app, in order of creation. */
const pages = new WeakMap<object, Map<symbol, string[]>>()

/**
 * Item ids unique across every ShFaq of the page, not only within one block
 * (two blocks asking "What is LwM2M?" get `what-is-lwm2m` and
 * `what-is-lwm2m-2`). Blocks claim ids in creation order, which is the same
 * on the server and in the hydrating client, so the ids match.
 */
export function useFaqIds(): (drafts: Array<{ q: string; id?: string }>) => string[] {
  const app = getCurrentInstance()?.appContext.app
  let blocks: Map<symbol, string[]> | undefined
  const key = Symbol('ShFaq')
  if (app) {
    blocks = pages.get(app) ?? new Map()
    pages.set(app, blocks)
    blocks.set(key, [])
    onBeforeUnmount(() => blocks!.delete(key))
  }
  return (drafts) => {
    const taken: string[] = []
    if (blocks) {
      for (const [other, ids] of blocks) {
        if (other === key) break
        taken.push(...ids)
      }
    }
    const ids = assignIds(drafts, taken)
    blocks?.set(key, ids)
    return ids
  }
}
