import { computed, toValue, type ComputedRef, type MaybeRefOrGetter, type Ref } from 'vue'

export interface DisclosureGroupOptions {
  /** Every item's id, in display order (the order `open` is reported in). */
  ids: MaybeRefOrGetter<string[]>
  /** Ids open until the first toggle when `open` is unset (defaultOpen, per-item `open`). */
  initial: MaybeRefOrGetter<string[]>
  /** Several items may be open at once. */
  multiple: MaybeRefOrGetter<boolean>
}

export interface DisclosureGroup {
  openIds: ComputedRef<ReadonlySet<string>>
  isOpen: (id: string) => boolean
  setOpen: (id: string, open: boolean) => void
  toggle: (id: string) => void
  expandAll: () => void
  collapseAll: () => void
}

/**
 * The open state of a group of disclosures (an accordion). `open` is the
 * component's `defineModel('open')`: bound (`v-model:open`), the parent owns
 * the state; unbound, defineModel keeps it locally. Until the first change it
 * is undefined and the group shows `initial`, so defaults follow the items
 * (a late `qas` still opens its `open: true` items).
 */
export function useDisclosureGroup(open: Ref<string[] | undefined>, options: DisclosureGroupOptions): DisclosureGroup {
  const openIds = computed<ReadonlySet<string>>(() => {
    if (open.value) return new Set(open.value)
    const initial = toValue(options.initial)
    return new Set(toValue(options.multiple) ? initial : initial.slice(0, 1))
  })

  function commit(next: ReadonlySet<string>) {
    open.value = toValue(options.ids).filter((id) => next.has(id))
  }

  function setOpen(id: string, wanted: boolean) {
    if (openIds.value.has(id) === wanted) return
    const next = new Set(toValue(options.multiple) ? openIds.value : [])
    if (wanted) next.add(id)
    else next.delete(id)
    commit(next)
  }

  return {
    openIds,
    isOpen: (id) => openIds.value.has(id),
    setOpen,
    toggle: (id) => setOpen(id, !openIds.value.has(id)),
    expandAll: () => commit(new Set(toValue(options.ids))),
    collapseAll: () => commit(new Set()),
  }
}
