import { describe, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createHead, renderSSRHead } from '@unhead/vue/server'
import { ShFaq, ShFaqItem, ShMarkdown, ShUi } from '../../src'
import { ssr, trackBrowserGlobals } from '../support/ssr'

const qas = [
  { q: 'What is a widget?', a: 'A [part](/parts){ target="_blank"} of a machine.', open: true },
  { q: 'Is 1 < 2 && 3 > 2?', a: 'Yes </script><script>alert(1)</script>.' },
]

async function render(root: () => unknown, withHead = false) {
  const app = createSSRApp({ render: root })
  app.use(ShUi, { markdown: ShMarkdown })
  const head = withHead ? createHead() : undefined
  if (head) app.use(head)
  const html = await renderToString(app)
  return { html, head: head ? await renderSSRHead(head) : undefined }
}

describe('ShFaq on the server', () => {
  it('given an open item, when rendered to a string, then it is open with its answer and the closed one is hidden until found', async () => {
    const { html } = await render(() => h(ShFaq, { qas }))
    expect(html).toContain('id="what-is-a-widget-button" type="button" aria-expanded="true"')
    expect(html).toMatch(/id="is-1-2-3-2-answer"[^>]*hidden="until-found"/)
    expect(html).toContain('<a href="/parts" target="_blank" rel="noopener noreferrer">part</a>')
    expect(html).not.toContain('<script>alert')
  })
  it('given 1,000 items with repeated questions, when rendered, then every item has a unique id', async () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({ q: `Question ${index % 500}`, a: `Answer ${index}` }))
    const { html } = await render(() => h(ShFaq, { qas: many, schema: false }))
    const ids = [...html.matchAll(/data-slot="inner"|id="([^"]+)"[^>]*data-state=/g)].map((match) => match[1]).filter(Boolean)
    expect(ids).toHaveLength(1000)
    expect(new Set(ids).size).toBe(1000)
    expect(ids).toContain('question-7-2')
  })
  it('given two blocks and no unhead, when rendered, then each carries its own escaped JSON-LD', async () => {
    const { html } = await render(() => [h(ShFaq, { qas }), h(ShFaq, { qas: [{ q: 'Second?', a: 'Block.' }] })])
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    expect(scripts).toHaveLength(2)
    expect(JSON.parse(scripts[0]![1]!).mainEntity[1].name).toBe('Is 1 < 2 && 3 > 2?')
    expect(scripts[0]![1]).not.toMatch(/[<>]/)
  })
  it('given @unhead/vue in the app, when two blocks render, then the head holds ONE FAQPage with every question', async () => {
    const { html, head } = await render(
      () => [
        h(ShFaq, { qas }),
        h(ShFaq, null, () => [h(ShFaqItem, { q: 'From a child item?' }, () => [h('p', 'Slot answer.')])]),
      ],
      true,
    )
    expect(html).not.toContain('application/ld+json')
    const scripts = [...head!.headTags.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/g)]
    expect(scripts).toHaveLength(1)
    const page = JSON.parse(scripts[0]![1]!)
    expect(page.mainEntity.map((entry: { name: string }) => entry.name)).toEqual(['What is a widget?', 'Is 1 < 2 && 3 > 2?', 'From a child item?'])
    expect(page.mainEntity[2].acceptedAnswer.text).toBe('Slot answer.')
    expect(scripts[0]![1]).not.toContain('</script')
  })
  it('given every feature switched on, when rendered on the server, then no browser global is touched', async () => {
    const { result, touched } = await trackBrowserGlobals(() =>
      ssr(ShFaq, { qas, searchable: true, controls: true, hashLinks: true, level: '2' }, { setupApp: (app) => void app.use(ShUi, { markdown: ShMarkdown }) }),
    )
    expect(result).toContain('<h2')
    expect(touched).toEqual([])
  })
})
