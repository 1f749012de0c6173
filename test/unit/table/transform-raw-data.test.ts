import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ShDataTable from '../../../src/components/ShDataTable.vue'
import { isJsonResponse } from '../../../src/core/table/data'
import { ShUi } from '../../../src/plugin'

afterEach(() => {
  vi.restoreAllMocks()
})

const DATA = resolve(__dirname, '../../../../shared/fixtures/oma/data')
const fixture = (name: string) => {
  const path = resolve(DATA, name)
  if (!existsSync(path)) {
    console.info(`[fixtures] ${path} is absent; the OMA-data case is checked on a small stand-in instead`)
    return undefined
  }
  return readFileSync(path, 'utf8')
}

/** Our own transform over the LwM2M registry: one row per object, as the registry pages show it. */
function registryObjects(raw: unknown) {
  if (typeof raw !== 'string') throw new Error(`expected the XML text, got ${typeof raw}`)
  // Objects open with a bare <Item>; the resources nested in them carry an ID attribute.
  const tag = (chunk: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(chunk)?.[1]
  return raw.split('<Item>').slice(1).map((chunk) => ({ id: tag(chunk, 'ObjectID'), name: tag(chunk, 'Name'), owner: tag(chunk, 'Owner') }))
}

const respond = (body: string, type: string) => vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { headers: { 'content-type': type } }))
const bodyRows = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('tbody tr[data-slot="tr"]')
const small = '<DDFList><Item><ObjectID>0</ObjectID><Name>LWM2M Security</Name><Owner>OMA</Owner></Item><Item><ObjectID>3</ObjectID><Name>Device</Name><Owner>OMA</Owner></Item></DDFList>'

describe('transformRawData by name', () => {
  it('given the registry XML and a named transform in the plugin when loaded then the transform gets the text and its rows show', async () => {
    const xml = fixture('registry-DDF.xml') ?? small
    respond(xml, 'application/xml')
    const wrapper = mount(ShDataTable, {
      props: { dataUrl: '/data/registry/DDF.xml', dataField: '', transformRawData: 'filterDDFObjects', columns: [{ name: 'id' }, { name: 'name' }, { name: 'owner' }] },
      global: { plugins: [[ShUi, { transforms: { filterDDFObjects: registryObjects } }]] },
    })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(bodyRows(wrapper)[0]!.text()).toContain('LWM2M Security')
    expect(wrapper.text()).toContain(`of ${registryObjects(xml).length}`)
    expect(registryObjects(xml).length).toBeGreaterThan(1)
  })

  it('given enablers.json and a transform from resolveTransform when loaded then the transform gets the parsed object', async () => {
    const json = fixture('enablers.json') ?? '{"enablers":[{"name":"OMA DM","abbreviation":"DM"}]}'
    respond(json, 'application/json')
    type Enablers = { enablers: { name: string; abbreviation: string }[] }
    const enablers = (raw: unknown) => (raw as Enablers).enablers.map(({ name, abbreviation }) => ({ name, abbreviation }))
    const wrapper = mount(ShDataTable, {
      props: { dataUrl: '/data/enablers.json', transformRawData: 'filterOmaEnablers' },
      global: { plugins: [[ShUi, { resolveTransform: (name: string) => (name === 'filterOmaEnablers' ? enablers : undefined), transforms: {} }]] },
    })
    await flushPromises()
    expect(wrapper.text()).toContain(`of ${JSON.parse(json).enablers.length}`)
  })

  it('given a name no transform has when rendered then the error state names it and one dev warning does too', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    respond('[]', 'application/json')
    const wrapper = mount(ShDataTable, { props: { dataUrl: '/x.json', transformRawData: 'filterNothing' }, global: { plugins: [[ShUi, {}]] } })
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('"filterNothing"')
    expect(warn.mock.calls.filter(([message]) => String(message).includes('ShDataTable: transformRawData names "filterNothing"'))).toHaveLength(1)
  })
})

describe('what the default fetch parses', () => {
  it.each([
    ['application/json; charset=utf-8', '/api/rows', true],
    ['application/ld+json', '/rows', true],
    ['application/xml', '/rows.json', false],
    ['text/plain', '/data/rows.json?v=2', true],
    ['', '/data/DDF.xml', false],
    [null, '/data/rows.json', true],
  ])('given content type %j and URL %s when decided then JSON is %s', (type, url, json) => {
    expect(isJsonResponse(type, url)).toBe(json)
  })
})
