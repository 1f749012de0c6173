// The playground's pages (written for the repo, every block in every
// authoring form) rendered without Nuxt: the same pages `npm test` also
// generates with Nuxt Content in scripts/test-playground.mjs.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { fetchFrom, renderMdc } from './render'
import { expectEveryBlockRendered } from './page-checks'
import { filterCommonObjects, filterDDFObjects, filterOmaEnablers } from '../../playground/app/utils/transforms'
import { htmlCells } from '../../src/core/table/html-cells'

const content = new URL('../../playground/content/', import.meta.url).pathname
// The pages' `transformRawData` names, as the plain-Vue plugin option (the playground provides them through a Nuxt
// plugin), and the HTML cell renderer sh-ui/nuxt installs (the registry transforms put links in cells).
const options = {
  fetchJson: fetchFrom(new URL('../../playground/public/data', import.meta.url).pathname),
  transforms: { filterDDFObjects, filterCommonObjects, filterOmaEnablers },
  htmlCells,
}
const pages = readdirSync(content).filter((file) => file.endsWith('.md'))

// Every page rendered in one test takes longer than Vitest's 5 s default on a busy machine; nothing here measures time.
describe('given the playground pages', { timeout: 60_000 }, () => {
  test('then they use every sh-ui block and authoring form', async () => {
    const used = new Set<string>()
    for (const file of pages) for (const tag of (await renderMdc(readFileSync(content + file, 'utf8'), options)).used.keys()) used.add(tag)
    expect([...used].sort()).toEqual(['ShCheckoutLinks', 'ShDataTable', 'ShDynamicTable', 'ShFaq', 'ShFaqItem', 'ShIprTable', 'ShSegment'])
  })

  test.each(pages)('when %s renders, then every block renders with no unresolved tag and no warning', async (file) => {
    expectEveryBlockRendered(await renderMdc(readFileSync(content + file, 'utf8'), options))
  })
})
