// renderAndHydrate(Component, props, { slots, setupApp }) renders on the "server" (renderToString), puts the HTML in a
// container and hydrates it with createSSRApp in the same page, collecting every Vue warning and console warn/error.
// Assert `mismatches` is empty and compare `idAttributes(html)` with `idAttributes(container)`; call `unmount()` after.
import { createSSRApp, h, nextTick, type App, type Component } from 'vue'
import { renderToString } from 'vue/server-renderer'

export interface HydrateOptions {
  /** Slot functions; they run on both sides, so they must render the same thing twice. */
  slots?: Record<string, () => unknown>
  /**
   * Called once for the server app and once for the client app: install plugins here,
   * creating a fresh instance per call (e.g. a router with memory history, pushed and ready).
   */
  setupApp?: (app: App, side: 'server' | 'client') => void | Promise<void>
  /** Where to hydrate; defaults to a new div appended to document.body. */
  container?: HTMLElement
}

export interface Hydrated {
  /** The server HTML, exactly as sent. */
  html: string
  /** The hydrated element tree. */
  container: HTMLElement
  /** Every Vue warning and console.warn/console.error during the client mount. */
  warnings: string[]
  /** The subset of `warnings` about hydration mismatches. */
  mismatches: string[]
  app: App
  unmount: () => void
}

const MISMATCH = /hydration/i

/** Server-render, then hydrate in this document; resolves after the client's mounted hooks have run. */
export async function renderAndHydrate(
  component: Component,
  props: Record<string, unknown> = {},
  options: HydrateOptions = {},
): Promise<Hydrated> {
  const root = { render: () => h(component, props, options.slots) }

  const server = createSSRApp(root)
  await options.setupApp?.(server, 'server')
  const html = await renderToString(server)

  const container = options.container ?? document.body.appendChild(document.createElement('div'))
  container.innerHTML = html

  const warnings: string[] = []
  const client = createSSRApp(root)
  client.config.warnHandler = (message) => warnings.push(message)
  await options.setupApp?.(client, 'client')

  const original = { warn: console.warn, error: console.error }
  const record = (...args: unknown[]) => warnings.push(args.map(String).join(' '))
  console.warn = record
  console.error = record
  try {
    client.mount(container)
    await nextTick()
    await new Promise((resolve) => setTimeout(resolve))
  } finally {
    console.warn = original.warn
    console.error = original.error
  }

  return {
    html,
    container,
    warnings,
    mismatches: warnings.filter((text) => MISMATCH.test(text)),
    app: client,
    unmount: () => {
      client.unmount()
      if (!options.container) container.remove()
    },
  }
}

const ID_ATTRIBUTES = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant']

/** Every id and id reference in document order, as `attr=value`: equal lists mean server and client ids agree. */
export function idAttributes(source: string | Element): string[] {
  const element = typeof source === 'string' ? Object.assign(document.createElement('div'), { innerHTML: source }) : source
  const out: string[] = []
  for (const el of element.querySelectorAll('*')) {
    for (const name of ID_ATTRIBUTES) {
      const value = el.getAttribute(name)
      if (value !== null) out.push(`${name}=${value}`)
    }
  }
  return out
}
