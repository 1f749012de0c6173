// Renders MDC the way a Nuxt Content page does, without Nuxt: @nuxtjs/mdc's
// parser, then its MDCRenderer on the server with every sh-ui component
// registered globally (through the module's own registry logic).
import { readFile } from 'node:fs/promises'
import { createSSRApp, h, type Component } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { parseMarkdown } from '@nuxtjs/mdc/runtime'
import MDCRenderer from '@nuxtjs/mdc/runtime/components/MDCRenderer.vue'
import * as library from '../../src/index'
import { ShUi } from '../../src/plugin'
import type { ShUiOptions } from '../../src/composables/config'
import { COMPONENT_ALIASES, COMPONENTS, libraryComponents } from '../../src/nuxt/registry'

/**
 * Components the OMA pages use that are not sh-ui's (the site's own). They are
 * stubbed so a page renders; anything else unknown counts as unresolved.
 */
export const FOREIGN_COMPONENTS = ['ShAlert', 'ShTextImg'] as const

const stub = (name: string): Component => ({
  name,
  setup: (_props, { slots }) => () => h('div', { 'data-stub': name }, slots.default?.()),
})

export const registered = libraryComponents(COMPONENTS, COMPONENT_ALIASES, 'Sh')

export interface RenderedPage {
  html: string
  /** Vue's warnings (unresolved components, bad props, hydration) and sh-ui's own. */
  warnings: string[]
  /** How many instances of each named component rendered. */
  rendered: Map<string, number>
  /** The page's `::Component` tags in PascalCase, with their count. */
  used: Map<string, number>
}

export async function renderMdc(markdown: string, options: ShUiOptions = {}): Promise<RenderedPage> {
  const parsed = await parseMarkdown(markdown)
  const warnings: string[] = []
  const rendered = new Map<string, number>()
  const app = createSSRApp({ render: () => h(MDCRenderer, { body: parsed.body, data: parsed.data }) })
  app.use(ShUi, { markdown: library.ShMarkdown, ...options })
  for (const { name, exportName } of registered) app.component(name, (library as Record<string, unknown>)[exportName] as Component)
  for (const name of FOREIGN_COMPONENTS) app.component(name, stub(name))
  app.config.warnHandler = (message) => warnings.push(message)
  app.mixin({
    beforeCreate() {
      const name = this.$options.name as string | undefined
      if (name) rendered.set(name, (rendered.get(name) ?? 0) + 1)
    },
  })
  const originalWarn = console.warn
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '))
  try {
    const html = await renderToString(app)
    return { html, warnings, rendered, used: usedComponents(parsed.body) }
  } finally {
    console.warn = originalWarn
  }
}

interface MdcNode {
  type: string
  tag?: string
  children?: MdcNode[]
}

function usedComponents(root: MdcNode): Map<string, number> {
  const used = new Map<string, number>()
  const visit = (node: MdcNode) => {
    if (node.type === 'element' && node.tag?.startsWith('sh-')) {
      const name = pascal(node.tag)
      used.set(name, (used.get(name) ?? 0) + 1)
    }
    node.children?.forEach(visit)
  }
  visit(root)
  return used
}

function pascal(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())
}

const NAMED: Record<string, string> = { quot: '"', lt: '<', gt: '>', nbsp: ' ', copy: '©', amp: '&' }

/** The text a reader sees: tags dropped, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_entity, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_entity, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(quot|lt|gt|nbsp|copy|amp);/g, (_entity, name: string) => NAMED[name]!)
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A `fetchData` serving `/data/<path>` from a folder, as a site serves its
 * public/data: `.json` parsed, anything else (an XML registry) as text, as
 * sh-ui/nuxt's fetch does; anything else is answered by `others` or fails like a 404.
 */
export function fetchFrom(folder: string, others: Record<string, unknown> = {}): NonNullable<ShUiOptions['fetchData']> {
  return async (url) => {
    if (url in others) return others[url]
    const file = /^\/data\/([\w./-]+\.\w+)$/.exec(url)?.[1]
    if (!file || file.includes('..')) throw new Error(`404: ${url}`)
    const body = await readFile(`${folder}/${file}`, 'utf8')
    return file.endsWith('.json') ? JSON.parse(body) : body
  }
}
