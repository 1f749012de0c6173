// The real OMA pages and the seed, when ../shared is present: every sh-ui
// block on them renders unchanged in meaning. ShAlert and ShTextImg are the
// site's own components, not sh-ui's: they are stubbed (see render.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseMarkdown } from '@nuxtjs/mdc/runtime'
import { fetchFrom, renderMdc, visibleText } from './render'
import { expectEveryBlockRendered } from './page-checks'

const fixtures = new URL('../../../shared/fixtures/', import.meta.url).pathname
const present = existsSync(fixtures)
if (!present) console.info(`notice: ${fixtures} not found; the OMA page tests do not run`)

const pages = present
  ? [
      ...readdirSync(`${fixtures}oma/content`).filter((file) => file.endsWith('.md')).map((file) => `oma/content/${file}`),
      'seeds/001_cbfb03f62f78e36b.txt',
    ]
  : []

/** The guidelines page loads a public demo API; offline, a stand-in of the same shape (written for this test). */
const demoUsers = {
  users: [
    { firstName: 'Ada', lastName: 'Moss', username: 'amoss', email: 'ada@example.org', gender: 'female', birthDate: '1990-04-02', age: 35 },
    { firstName: 'Ben', lastName: 'Reed', username: 'breed', email: 'ben@example.org', gender: 'male', birthDate: '1985-11-20', age: 40 },
  ],
}
const fetchJson = fetchFrom(`${fixtures}oma/data`, { 'http://dummyjson.com/users': demoUsers })

interface Node {
  type: string
  tag?: string
  props?: Record<string, unknown>
  children?: Node[]
}

function blocks(root: Node, tag: string): Node[] {
  const found: Node[] = []
  const visit = (node: Node) => {
    if (node.tag === tag) found.push(node)
    node.children?.forEach(visit)
  }
  visit(root)
  return found
}

const prop = (node: Node, name: string): unknown => {
  const bound = node.props?.[`:${name}`]
  return typeof bound === 'string' ? JSON.parse(bound) : node.props?.[name]
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

describe.runIf(present)('given the OMA pages and the seed', () => {
  test.each(pages)('when %s renders, then every sh-ui block renders with no unresolved tag and no warning', async (file) => {
    expectEveryBlockRendered(await renderMdc(readFileSync(fixtures + file, 'utf8'), { fetchJson }))
  })

  test.each(pages)('when %s renders, then every FAQ question and every table first row is on the server-rendered page', async (file) => {
    const source = readFileSync(fixtures + file, 'utf8')
    const { body } = await parseMarkdown(source)
    const text = squash(visibleText((await renderMdc(source, { fetchJson })).html))
    for (const faq of blocks(body as Node, 'sh-faq')) {
      for (const { q } of prop(faq, 'qas') as Array<{ q: string }>) expect(text).toContain(squash(q))
    }
    for (const table of blocks(body as Node, 'sh-dynamic-table')) {
      const url = String(prop(table, 'dataUrl') ?? table.props?.['data-url'])
      const json = (await fetchJson(url, { signal: new AbortController().signal })) as Record<string, unknown>
      const field = String(prop(table, 'dataField') ?? table.props?.['data-field'] ?? '')
      const rows = (field ? json[field] : json) as Array<Record<string, unknown>>
      const column = (prop(table, 'columns') as Array<{ name: string; hide?: boolean }>).find((c) => !c.hide)!
      expect(text).toContain(squash(String(rows[0]![column.name])))
    }
  })

  test('when a page binds front-matter data ({{ $doc.constructorName }}), then the value is shown', async () => {
    const text = visibleText((await renderMdc(readFileSync(`${fixtures}oma/content/guidelines-sh-segment.md`, 'utf8'))).html)
    expect(text).toContain('The ShSegment component represent')
  })
})
