// Server render of one page part, as an app would do it: a fresh SSR app per request.
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import type { Part } from './harness'
import type { Declaration, Qa } from './data'

export async function render(part: Part, data: { rows?: Declaration[]; items?: Qa[] }): Promise<string> {
  const app = createSSRApp({
    render: () => (data.rows ? h(part.Component, { rows: data.rows, perPage: 25 }) : h(part.Component, { items: data.items })),
  })
  part.setup(app, true)
  return renderToString(app)
}
