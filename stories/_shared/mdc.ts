import { stringify } from 'yaml'

/**
 * The MDC block a content writer would paste to get this story, e.g.
 *
 *     ::ShSegment
 *     ---
 *     ui:
 *       wrapper: rounded-sh border p-4
 *     ---
 *     Some *markdown* content.
 *     ::
 *
 * Props go into the YAML front matter (undefined ones are left out), the slot
 * text (markdown) goes in the body. `depth` adds colons for a block nested
 * inside another one (`:::ShSegment` inside `::ShSegment`).
 */
export function mdcSnippet(component: string, props: Record<string, unknown> = {}, slot?: string, depth = 0): string {
  const fence = ':'.repeat(depth + 2)
  const defined = Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && typeof value !== 'function'))
  const lines = [`${fence}${component}`]
  if (Object.keys(defined).length) lines.push('---', stringify(defined, { lineWidth: 0 }).trimEnd(), '---')
  if (slot?.trim()) lines.push(slot.trim())
  lines.push(fence)
  return lines.join('\n')
}

/**
 * Story `parameters` showing the snippet as the story's source in the docs
 * page ("Show code") and the Code panel, so designers copy MDC, not Vue.
 */
export function mdcDocs(component: string, props: Record<string, unknown> = {}, slot?: string) {
  return mdcSource(mdcSnippet(component, props, slot))
}

/** Same, for a hand-assembled snippet (nested blocks, several blocks). */
export function mdcSource(code: string) {
  return { docs: { source: { code, language: 'md' as const } } }
}
