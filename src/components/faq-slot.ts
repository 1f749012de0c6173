import { Comment, Fragment, Text, isVNode, type VNode } from 'vue'
import { DEV, warn } from '../core/warn'
import type { FaqSlotEntry } from './faq-props'

type SlotFn = (...args: unknown[]) => VNode[]

const BLOCK = /^(p|li|ul|ol|div|h[1-6]|br|tr|td|th|blockquote|pre|table|section)$/

/** Visible text of rendered slot content, block elements separated by spaces. */
export function vnodeText(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(vnodeText).join('')
  if (!isVNode(node) || node.type === Comment) return ''
  const children = node.children
  let text = ''
  if (typeof children === 'string') text = children
  else if (Array.isArray(children)) text = vnodeText(children)
  else if (children && typeof (children as { default?: unknown }).default === 'function') text = vnodeText((children as { default: SlotFn }).default())
  return typeof node.type === 'string' && BLOCK.test(node.type) ? ` ${text} ` : text
}

function flatten(nodes: unknown[], out: VNode[] = []): VNode[] {
  for (const node of nodes) {
    if (Array.isArray(node)) flatten(node, out)
    else if (isVNode(node) && node.type === Fragment && Array.isArray(node.children)) flatten(node.children, out)
    else if (isVNode(node)) out.push(node)
  }
  return out
}

/**
 * Whether a slot node is a `<ShFaqItem>`, known by its public `name` option
 * (so ShFaq need not import and ship the component itself; this also finds a
 * copy from a second bundle of sh-ui), or, for MDC pages,
 * the component MDCRenderer resolved from a `:::ShFaqItem` tag. MDCRenderer
 * writes that tag on the component it renders (`sh-faq-item`, also with a
 * module prefix), which also names Nuxt's lazy wrappers before they load.
 */
function isFaqItem(node: VNode): boolean {
  const type = node.type as { name?: unknown; tag?: unknown } | string
  if (typeof type !== 'object' || type === null) return false
  return type.name === 'ShFaqItem' || (typeof type.tag === 'string' && /(^|-)faq-item$|FaqItem$/i.test(type.tag))
}

function isBlank(node: VNode): boolean {
  return node.type === Comment || (node.type === Text && !String(node.children ?? '').trim())
}

/**
 * Splits ShFaq's default slot into its `<ShFaqItem>` children (read from
 * their props and slot, so ids and open state are known in the first
 * render, also on the server) and any other content, shown above the list.
 */
export function collectSlotItems(nodes: unknown): { entries: FaqSlotEntry[]; rest: VNode[] } {
  const entries: FaqSlotEntry[] = []
  const rest: VNode[] = []
  if (!Array.isArray(nodes)) return { entries, rest }
  for (const node of flatten(nodes)) {
    if (!isFaqItem(node)) {
      if (!isBlank(node)) rest.push(node)
      continue
    }
    const props = (node.props ?? {}) as Record<string, unknown>
    if (typeof props.q !== 'string' || !props.q.trim()) {
      if (DEV) warn('ShFaq', 'a <ShFaqItem> child has no q (question); it is skipped.')
      continue
    }
    const slot = (node.children as { default?: SlotFn } | null)?.default
    const answer = () => (slot ? slot() : [])
    entries.push({
      q: props.q,
      id: typeof props.id === 'string' ? props.id : undefined,
      open: props.open === true || props.open === '' || props.open === 'true',
      answer,
      text: vnodeText(answer()).replace(/\s+/g, ' ').trim(),
    })
  }
  return { entries, rest }
}
