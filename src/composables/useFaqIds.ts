import { getCurrentInstance, onBeforeUnmount, shallowReactive } from 'vue'
import { assignIds } from '../core/faq'

/** Ids claimed by each ShFaq of one app, in order of creation. */
const pages = new WeakMap<object, Map<symbol, string[]>>()

function same(a: string[] | undefined, b: string[]): boolean {
  return !!a && a.length === b.length && a.every((id, index) => id === b[index])
}

/**
 * Item ids unique across every ShFaq of the page, not only within one block
 * (two blocks asking "What is LwM2M?" get `what-is-lwm2m` and
 * `what-is-lwm2m-2`). Blocks claim ids in creation order, which is the same
 * on the server and in the hydrating client, so the ids match. The registry
 * is reactive: when a block leaves (client-side navigation), the blocks
 * after it take back the plain ids.
 */
export function useFaqIds(): (drafts: Array<{ q: string; id?: string }>) => string[] {
  const app = getCurrentInstance()?.appContext.app
  let blocks: Map<symbol, string[]> | undefined
  const key = Symbol('ShFaq')
  if (app) {
    blocks = pages.get(app) ?? shallowReactive(new Map())
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
    // Writing only on change keeps the blocks that read this map from recomputing forever.
    if (blocks && !same(blocks.get(key), ids)) blocks.set(key, ids)
    return ids
  }
}
