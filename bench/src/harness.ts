// In-page side of the bench: builds the data, mounts the library's page on demand and times
// interactions from the input event to the painted frame. Playwright drives it through window.__bench.
import { createApp, defineComponent, h, reactive } from 'vue'
import type { App, Component } from 'vue'
import { declarations, faqItems } from './data'

export interface Part {
  setup: (app: App, ssr?: boolean) => void
  Component: Component
}

export type Kind = 'table' | 'faq'

export interface Timing {
  /** Input event (keydown / pointerdown, or the programmatic change) to the end of the next frame. */
  frame: number
  /** To the end of the frame after the last DOM change of the measured region (debounced updates land here). */
  settled: number
  /** DOM mutations seen in the measured region: 0 means the page did not react. */
  mutations: number
  /** Script only: the gesture's last event from its first listener to after the Vue update it queued (no rendering). */
  script: number
}

interface Bench {
  ready: boolean
  size: number
  mount(): Promise<Timing & { sync: number }>
  arm(trigger: 'input' | 'click'): void
  done(quietMs?: number): Promise<Timing | null>
  setPerPage(value: number): Promise<Timing>
  errors: string[]
}

declare global {
  interface Window {
    __bench: Bench
  }
}

/** Resolves after the next frame is produced: rAF runs before style/layout/paint, the message task after. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    })
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function boot(kind: Kind, part: Part): void {
  const params = new URLSearchParams(location.search)
  const size = Number(params.get('n')) || (kind === 'table' ? 1447 : 50)
  const rows = kind === 'table' ? declarations(size) : []
  const items = kind === 'faq' ? faqItems(size) : []
  const state = reactive({ perPage: Number(params.get('perPage')) || 25 })
  const errors: string[] = []
  addEventListener('error', (e) => errors.push(String(e.message)))
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)))

  const Root = defineComponent({
    name: 'BenchRoot',
    render: () =>
      kind === 'table'
        ? h(part.Component, { rows, perPage: state.perPage, 'onUpdate:perPage': (v: number) => (state.perPage = v) })
        : h(part.Component, { items }),
  })

  // Only changes inside the table (or the FAQ) count: live regions and inputs elsewhere may
  // legitimately update late without being part of the visible result.
  const region = kind === 'table' ? 'table' : '#app'
  function relevant(record: MutationRecord): boolean {
    const target = record.target instanceof Element ? record.target : record.target.parentElement
    if (target?.closest(region)) return true
    const nodes = [...record.addedNodes, ...record.removedNodes]
    return nodes.some((n) => n instanceof Element && (n.matches(region) || !!n.querySelector(region)))
  }

  let t0 = 0
  let frameEnd = 0
  let scriptStart = 0
  let scriptEnd = 0
  let lastChange = 0
  let lastChangeFrameEnd = 0
  let mutations = 0
  let observer: MutationObserver | undefined
  let cleanup: (() => void) | undefined

  function observe(): void {
    observer?.disconnect()
    mutations = 0
    lastChange = 0
    lastChangeFrameEnd = 0
    observer = new MutationObserver((records) => {
      if (!records.some(relevant)) return
      mutations += records.length
      lastChange = performance.now()
      void nextFrame().then((t) => (lastChangeFrameEnd = Math.max(lastChangeFrameEnd, t)))
    })
    observer.observe(document.getElementById('app')!, { subtree: true, childList: true, characterData: true, attributes: true })
  }

  async function settle(quietMs = 250, maxMs = 60000): Promise<Timing | null> {
    const started = performance.now()
    while (performance.now() - started < maxMs) {
      await sleep(20)
      const quiet = performance.now() - Math.max(lastChange, t0) > quietMs
      if (frameEnd && quiet && lastChangeFrameEnd >= lastChange) {
        observer?.disconnect()
        cleanup?.()
        const end = Math.max(frameEnd, lastChangeFrameEnd)
        // A user-timing span for traces (scripts/profile.mjs breaks it down by activity).
        performance.measure('bench:interaction', { start: t0, end })
        // The span of the "→ next frame" figure, for the main-thread work pass (scripts/work.mjs).
        performance.measure('bench:frame', { start: t0, end: frameEnd })
        return { frame: frameEnd - t0, settled: end - t0, mutations, script: scriptEnd - scriptStart }
      }
    }
    observer?.disconnect()
    cleanup?.()
    errors.push('measurement timed out')
    return null
  }

  async function program(change: () => void): Promise<Timing> {
    await nextFrame()
    observe()
    frameEnd = 0
    t0 = performance.now()
    scriptStart = t0
    change()
    const sync = performance.now() - t0
    // Vue's update runs in the microtask queued by the change; this one runs after it.
    queueMicrotask(() => (scriptEnd = performance.now()))
    void nextFrame().then((t) => (frameEnd = t))
    const timing = await settle()
    return { ...(timing ?? { frame: NaN, settled: NaN, mutations: 0, script: NaN }), sync } as Timing & { sync: number }
  }

  let app: App | undefined
  window.__bench = {
    ready: true,
    size,
    errors,
    async mount() {
      return (await program(() => {
        app = createApp(Root)
        part.setup(app)
        app.mount('#app')
      })) as Timing & { sync: number }
    },
    arm(trigger) {
      observe()
      t0 = 0
      frameEnd = 0
      scriptStart = 0
      scriptEnd = 0
      const start = (e: Event) => {
        if (!t0) t0 = e.timeStamp
      }
      // Scheduled from the last event of the gesture (input / click), so the frame
      // measured is the one that can show the handler's work.
      const end = () => {
        scriptStart = performance.now()
        void nextFrame().then((t) => (frameEnd = t))
      }
      // Window's bubbling listener runs after the component's; its microtask after Vue's update.
      const after = () => queueMicrotask(() => (scriptEnd = performance.now()))
      addEventListener('keydown', start, true)
      addEventListener('pointerdown', start, true)
      addEventListener(trigger, end, { capture: true, once: true })
      addEventListener(trigger, after, { once: true })
      cleanup = () => {
        removeEventListener('keydown', start, true)
        removeEventListener('pointerdown', start, true)
        removeEventListener(trigger, end, true)
        removeEventListener(trigger, after)
      }
    },
    done: (quietMs) => settle(quietMs),
    setPerPage: (value) => program(() => (state.perPage = value)),
  }
}
