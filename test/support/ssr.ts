import { createSSRApp, h, type App, type Component } from 'vue'
import { renderToString } from 'vue/server-renderer'

export interface SsrOptions {
  slots?: Record<string, () => unknown>
  setupApp?: (app: App) => void | Promise<void>
}

/** Renders a component to HTML the way a server does, with optional app setup (plugins, router). */
export async function ssr(component: Component, props: Record<string, unknown> = {}, options: SsrOptions = {}): Promise<string> {
  const app = createSSRApp({ render: () => h(component, props, options.slots) })
  await options.setupApp?.(app)
  return renderToString(app)
}

const BROWSER_GLOBALS = ['window', 'document', 'location', 'navigator', 'localStorage', 'sessionStorage'] as const

/**
 * Runs `run` with browser globals replaced by recording getters and returns
 * the accesses made from sh-ui's own `src/` (Vue itself probes `window` for devtools).
 */
export async function trackBrowserGlobals<T>(run: () => Promise<T>, ownCode = /\/src\//): Promise<{ result: T; touched: string[] }> {
  const touched: string[] = []
  for (const name of BROWSER_GLOBALS) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const frames = (new Error().stack ?? '').split('\n').slice(2)
        const own = frames.find((frame) => ownCode.test(frame) && !frame.includes('node_modules'))
        if (own) touched.push(`${name} from ${own.trim()}`)
        return undefined
      },
    })
  }
  try {
    return { result: await run(), touched }
  } finally {
    for (const name of BROWSER_GLOBALS) delete (globalThis as Record<string, unknown>)[name]
  }
}
