// The playground's pages (written for the repo, every block in every
// authoring form) rendered without Nuxt: the same pages `npm test` also
// generates with Nuxt Content in scripts/test-playground.mjs.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { fetchFrom, renderMdc } from './render'
import { expectEveryBlockRendered } from './page-checks'

const content = new URL('../../playground/content/', import.meta.url).pathname
const fetchJson = fetchFrom(new URL('../../playground/public/data', import.meta.url).pathname)
const pages = readdirSync(content).filter((file) => file.endsWith('.md'))

describe('given the playground pages', () => {
  test('then they use every sh-ui block and authoring form', async () => {
    const used = new Set<string>()
    for (const file of pages) for (const tag of (await renderMdc(readFileSync(content + file, 'utf8'), { fetchJson })).used.keys()) used.add(tag)
    expect([...used].sort()).toEqual(['ShCheckoutLinks', 'ShDataTable', 'ShDynamicTable', 'ShFaq', 'ShFaqItem', 'ShIprTable', 'ShSegment'])
  })

  test.each(pages)('when %s renders, then every block renders with no unresolved tag and no warning', async (file) => {
    expectEveryBlockRendered(await renderMdc(readFileSync(content + file, 'utf8'), { fetchJson }))
  })
})
