// The real OMA pages and the seed, when ../shared is present: every sh-ui
// block on them renders unchanged in meaning. ShAlert and ShTextImg are the
// site's own components, not sh-ui's: they are stubbed (see render.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseMarkdown } from '@nuxtjs/mdc/runtime'
import { fetchFrom, renderMdc, visibleText } from './render'
import { expectEveryBlockRendered } from './page-checks'
import { filterCommonObjects, filterDDFObjects, filterOmaEnablers } from '../../playground/app/utils/transforms'

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

// Whole pages under a busy CI machine take longer than Vitest's 5 s default; nothing here measures time.
describe.runIf(present)('given the OMA pages and the seed', { timeout: 60_000 }, () => {
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

/** A registry page as the site writes it: the table loads the XML and names the transform its plugin provides. */
const registryPage = (file: string, transform: string, column: string) => `::ShDynamicTable
---
dataUrl: "/data/${file}"
transformRawData: ${transform}
perPage: -1
columns:
  - name: "${column}"
    title: "${column}"
    query: true
---
::
`

describe.runIf(present)('given the real registry files and this project\'s own transforms over them', () => {
  const transforms = { filterDDFObjects, filterCommonObjects, filterOmaEnablers }
  test.each([
    ['registry-DDF.xml', 'filterDDFObjects', 'Name', 'LWM2M Security'],
    ['registry-Common.xml', 'filterCommonObjects', 'Name', 'ObjectInstanceHandle'],
    ['enablers.json', 'filterOmaEnablers', 'name', 'OMA 3D Contents Creation Service APIs'],
  ])('when a page loads %s through transformRawData: %s, then its rows are on the server-rendered page, with no warning', async (file, transform, column, first) => {
    const page = await renderMdc(registryPage(file, transform, column), { fetchJson, transforms })
    expect(page.warnings).toEqual([])
    expect(visibleText(page.html)).toContain(first)
  })
})
