import { marked } from 'marked'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, h, type Component, type VNodeChild } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { htmlCells, ShCheckoutLinks, ShDataTable, ShFaq, ShMarkdown, ShSegment, ShUi } from '../../src'
import { sanitizeCellHtml } from '../../src/core/sanitize'
import { renderAndHydrate } from '../support/hydration'
import { BENIGN, payloads, type Payload } from '../support/xss-corpus'
import { HOOKS, inspect, provoke, type Findings } from '../support/xss-inspect'

/*
 * Every path by which writer or data text reaches the DOM, fed the whole
 * corpus at once: loaded as a page from the server HTML (a srcdoc frame, so
 * scripts in it would run as on a real page) and hydrated in this document.
 * Execution hooks are in ../support/xss-inspect.ts.
 */
const PAYLOADS = payloads()
const wrap = (children: VNodeChild) => ({ render: () => h('div', { 'data-corpus': '' }, children as never) })

interface Path {
  name: string
  /** Rendered in an app with sh-ui's markdown and HTML cell renderers, as sh-ui/nuxt sets them up. */
  renderers: boolean
  view: (texts: Payload[]) => Component
}
const PATHS: Path[] = [
  { name: 'ShMarkdown (block)', renderers: true, view: (list) => wrap(list.map((p) => h(ShMarkdown, { source: p.text }))) },
  { name: 'ShMarkdown (inline)', renderers: true, view: (list) => wrap(list.map((p) => h(ShMarkdown, { source: p.text, inline: true }))) },
  {
    name: 'ShFaq questions and answers (ShMarkdown)',
    renderers: true,
    view: (list) => wrap(h(ShFaq, { qas: list.map((p) => ({ q: p.text, a: p.text, id: p.text })), defaultOpen: true, searchable: true })),
  },
  { name: 'ShFaq questions and answers (plain text)', renderers: false, view: (list) => wrap(h(ShFaq, { qas: list.map((p) => ({ q: p.text, a: p.text })), defaultOpen: true })) },
  {
    name: 'titles (ShFaq, ShCheckoutLinks)',
    renderers: true,
    view: (list) => wrap(list.map((p) => [h(ShFaq, { title: p.text, qas: [{ q: 'Q', a: 'A' }] }), h(ShCheckoutLinks, { title: p.text, description: p.text, links: [] })])),
  },
  {
    name: 'link lists (ShCheckoutLinks)',
    renderers: true,
    view: (list) => wrap(h(ShCheckoutLinks, { links: list.flatMap((p) => [{ label: p.text, to: p.text, description: p.text }, { label: 'js', to: `javascript:__x(${p.id})` }]) })),
  },
  {
    name: 'segment backgrounds (ShSegment)',
    renderers: true,
    view: (list) => wrap(list.map((p) => h(ShSegment, { imageBackground: p.text, description: p.text }, () => p.text))),
  },
  {
    name: 'table cells through htmlCells, titles, header and footer (ShDataTable)',
    renderers: true,
    view: (list) =>
      wrap(
        h(ShDataTable, {
          rows: list.map((p) => ({ id: p.id, text: p.text })),
          columns: [{ name: 'id', title: 'Id', type: 'number' }, { name: 'text', title: list[0]!.text }],
          header: list.map((p) => p.text).join('\n\n'),
          footer: list.map((p) => p.text).join('\n\n'),
          caption: list[0]!.text,
          perPage: 0,
          virtualizeOver: 100_000,
          searchable: true,
        }),
      ),
  },
  {
    name: 'table cells without an HTML cell renderer: markup as text (ShDataTable)',
    renderers: false,
    view: (list) => wrap(h(ShDataTable, { rows: list.map((p) => ({ text: p.text })), perPage: 0, virtualizeOver: 100_000 })),
  },
  {
    name: 'HTML table cells (sanitizeCellHtml)',
    renderers: false,
    view: (list) => wrap(h('table', h('tbody', list.map((p) => h('tr', h('td', { innerHTML: sanitizeCellHtml(p.text) })))))),
  },
]

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
type PluginHost = { use: (plugin: typeof ShUi, options: object) => unknown }
const usePlugins = (renderers: boolean) => (app: PluginHost) => void app.use(ShUi, renderers ? { markdown: ShMarkdown, htmlCells } : {})

/** The server HTML loaded as a page of its own, hooks first; resolves with what the page did. */
async function loadServerHtml(path: Path, list: Payload[]): Promise<Findings & { root: Element }> {
  const app = createSSRApp(path.view(list))
  usePlugins(path.renderers)(app)
  const html = await renderToString(app)
  const frame = document.body.appendChild(document.createElement('iframe'))
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
  frame.srcdoc = `<!doctype html><html><head><script>performance.setResourceTimingBufferSize(100000);${HOOKS}</script></head><body>${html}</body></html>`
  await loaded
  await settle(300)
  const win = frame.contentWindow! as Window & typeof globalThis
  provoke(win, win.document.body)
  await settle(300)
  return { ...inspect(win, win.document.body, { base: document.baseURI, href: 'about:srcdoc' }), root: win.document.body }
}

/** The same view server-rendered, then hydrated in this document with the hooks installed here. */
async function hydrate(path: Path, list: Payload[]): Promise<Findings & { root: Element; unmount: () => void }> {
  const hooked = window as unknown as Record<string, unknown>
  const saved = Object.fromEntries(['alert', 'confirm', 'prompt', 'print'].map((name) => [name, hooked[name]]))
  performance.clearResourceTimings()
  new Function(HOOKS)()
  try {
    const hydrated = await renderAndHydrate(path.view(list), {}, { setupApp: usePlugins(path.renderers) })
    await settle(300)
    provoke(window, hydrated.container)
    await settle(300)
    const found = inspect(window, hydrated.container, { base: document.baseURI, href: location.href })
    return { ...found, root: hydrated.container, unmount: hydrated.unmount }
  } finally {
    Object.assign(window, saved)
  }
}

/** Share of the content elements marked alone would render that the path kept (links with their href). */
function keptShare(root: Element, texts: string[]): number {
  const TAGS = 'a[href],strong,em,b,i,u,s,q,code,pre,sub,sup,abbr,kbd,mark,del,ins,li,td,th,img[src],blockquote,h2,hr,br,span[lang],small,dl,dt,dd'
  const expected = new DOMParser().parseFromString(texts.map((text) => marked.parse(text, { async: false })).join(''), 'text/html').body.querySelectorAll(TAGS).length
  const kept = [...root.querySelectorAll(TAGS)].filter((el) => !el.hasAttribute('data-slot') && !el.closest('[data-slot=search],[data-slot=pagination]')).length
  return Math.min(1, kept / expected)
}

/** Share of the words a reader would see in the benign texts that the path shows (text paths render no markup by design). */
function textShare(root: Element, texts: string[]): number {
  const shown = new Set(root.textContent?.match(/[\p{L}\p{N}]+/gu))
  const words = texts.flatMap((text) => new DOMParser().parseFromString(marked.parse(text, { async: false }), 'text/html').body.textContent?.match(/[\p{L}\p{N}]+/gu) ?? [])
  return words.filter((word) => shown.has(word)).length / words.length
}

// Hundreds of components per page on a shared machine: generous, as nothing here is a timing assertion.
const RENDER_TIMEOUT = 180_000
const report: string[] = []
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined))
afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
  delete (window as { __hits?: unknown }).__hits
})
afterAll(() => console.log(`XSS corpus, ${PAYLOADS.length} payloads per path:\n${report.join('\n')}`))

describe(`XSS corpus (${PAYLOADS.length} payloads) on every rendering path, in Chromium`, () => {
  it('given the corpus, when counted, then it is large enough to mean something', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(180)
  })
  for (const path of PATHS) {
    it(`given every payload in ${path.name}, when the server HTML is loaded as a page and provoked, then nothing runs, leaks or lies in wait`, async () => {
      const found = await loadServerHtml(path, PAYLOADS)
      const benign = await loadServerHtml(path, BENIGN.map((text, i) => ({ id: -i, text })))
      report.push(`${path.name} (server HTML): executed ${found.executed.length}, leaked ${found.leaks.length}, unsafe ${found.unsafe.length}; benign elements kept ${(keptShare(benign.root, BENIGN) * 100).toFixed(1)}%, words kept ${(textShare(benign.root, BENIGN) * 100).toFixed(1)}%`)
      expect(found).toMatchObject({ executed: [], leaks: [], unsafe: [] })
    }, RENDER_TIMEOUT)
    it(`given every payload in ${path.name}, when hydrated and provoked, then nothing runs, leaks or lies in wait`, async () => {
      const found = await hydrate(path, PAYLOADS)
      found.unmount()
      report.push(`${path.name} (hydrated): executed ${found.executed.length}, leaked ${found.leaks.length}, unsafe ${found.unsafe.length}`)
      expect(found).toMatchObject({ executed: [], leaks: [], unsafe: [] })
    }, RENDER_TIMEOUT)
  }
  it('given the corpus in a table without an HTML cell renderer, when hydrated, then every cell shows its payload as text, with no element in it', async () => {
    const path = PATHS.find((candidate) => candidate.name.startsWith('table cells without'))!
    const found = await hydrate(path, PAYLOADS)
    const cells = [...found.root.querySelectorAll('tbody tr[data-slot="tr"] td')]
    found.unmount()
    expect(cells).toHaveLength(PAYLOADS.length)
    expect(cells.filter((cell) => cell.children.length > 0)).toEqual([])
    const marked = PAYLOADS.filter((p) => /<[a-z]/i.test(p.text) && !/[\0\r]/.test(p.text))
    expect(marked.length).toBeGreaterThan(100)
    const shown = new Set(cells.map((cell) => cell.textContent))
    expect(marked.filter((p) => !shown.has(p.text)).map((p) => p.text)).toEqual([])
  }, RENDER_TIMEOUT)
  it('given a harness that catches what it should, when a payload is inserted unsanitised, then it is reported as executed', async () => {
    // Guards the hooks themselves: an inert harness would pass every path above.
    const raw: Path = { name: 'raw', renderers: false, view: (list) => wrap(list.map((p) => h('div', { innerHTML: p.text }))) }
    const found = await loadServerHtml(raw, PAYLOADS.slice(0, 12))
    expect(found.executed.length).toBeGreaterThan(0)
    expect(found.unsafe.length).toBeGreaterThan(0)
  })
})
