import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import ShDataTable from '../../../src/components/ShDataTable.vue'
import { iprColumns, type IprDeclaration } from '../../../src/core/ipr'
import { resolveColumns } from '../../../src/core/table/columns'
import { parseDate } from '../../../src/core/table/dates'
import { TableIndex } from '../../../src/core/table/engine'
import { isEmptyText } from '../../../src/core/table/values'

const root = resolve(__dirname, '../../../../shared/fixtures/oma')
const exists = existsSync(resolve(root, 'data/oma-member-ipr-declarations.json'))
if (!exists) console.info(`[fixtures] ${root} not found: the real-data table tests are skipped on this machine.`)

const json = <T>(name: string): T => JSON.parse(readFileSync(resolve(root, 'data', name), 'utf8')) as T

/** The YAML props of the page's `::ShDynamicTable` block, as Nuxt Content's MDC would pass them. */
function blockProps(page: string): Record<string, unknown> {
  const text = readFileSync(resolve(root, 'content', page), 'utf8')
  const match = /::ShDynamicTable\s*\n---\n([\s\S]*?)\n---\s*\n::/.exec(text)
  if (!match) throw new Error(`no ShDynamicTable block in ${page}`)
  return parse(match[1]!) as Record<string, unknown>
}

describe.runIf(exists)('the real OMA data', () => {
  const declarations = exists ? [...json<IprDeclaration[]>('oma-member-ipr-declarations.json'), ...json<IprDeclaration[]>('oma-non-member-ipr-declarations.json')] : []

  it('given all 1,447 declarations when their dates are parsed then every non-empty one parses', () => {
    expect(declarations).toHaveLength(1447)
    const written = declarations.map((row) => row.declaration_date).filter((date): date is string => typeof date === 'string' && !isEmptyText(date))
    const failures = written.filter((date) => !parseDate(date))
    const withoutYear = written.filter((date) => parseDate(date)?.precision === 'monthday')
    if (withoutYear.length) console.info(`[fixtures] dates without a year (sorted last, year filter "Undefined"): ${withoutYear.join(', ')}`)
    expect(failures).toEqual([])
  })

  it('given the declarations sorted by date when read in order then they are chronological with undated ones last', () => {
    const columns = resolveColumns(iprColumns(), declarations[0], 'Test')
    const table = new TableIndex(declarations, columns)
    const times = Array.from(table.query({ sort: { column: 'declaration_date', direction: 'asc' } }).indices, (i) => parseDate(declarations[i]!.declaration_date)?.time ?? Number.NaN)
    const dated = times.filter((time) => !Number.isNaN(time))
    expect(dated.length).toBeGreaterThan(1400)
    expect(times.slice(0, dated.length)).toEqual(dated)
    for (let i = 1; i < dated.length; i++) expect(dated[i]!).toBeGreaterThanOrEqual(dated[i - 1]!)
  })

  it('given the member page columns when faceting then each quick filter counts every declaration once and US spellings merge', () => {
    const columns = resolveColumns(iprColumns(), declarations[0], 'Test')
    const result = new TableIndex(declarations, columns).query({})
    expect(result.facets.map((facet) => facet.column.name)).toEqual(['spec_ref', 'company', 'country_province', 'declaration_date'])
    const sum = (values: { count: number }[]) => values.reduce((total, value) => total + value.count, 0)
    for (const facet of result.facets.slice(0, 3)) expect(sum(facet.values)).toBe(1447)
    // The year filter lists years only: declarations without a readable year are counted nowhere in it.
    const undated = declarations.filter((row) => parseDate(row.declaration_date)?.year === undefined).length
    expect(sum(result.facets[3]!.values)).toBe(1447 - undated)
    expect(result.facets[3]!.values.some((value) => value.value === '')).toBe(false)
    const countries = result.facets[2]!.values
    const us = declarations.filter((row) => ['USA', 'US', 'United States', 'United States of America'].includes(row.country_province ?? '')).length
    expect(countries.find((value) => value.value === 'United States')?.count).toBe(us)
    expect(countries.some((value) => value.value === 'USA')).toBe(false)
  })

  it('given the technical-documents page config when 2,714 publications render then file names link to their url and the hidden Year column filters', async () => {
    const props = blockProps('technical-documents.md')
    const rows = json<Array<Record<string, string>>>('publications.json')
    expect(rows).toHaveLength(2714)
    const wrapper = mount(ShDataTable, { props: { ...props, rows } })
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['File Name', 'Enabler Name', 'Enabler Abbreviation', 'Status', 'Version', 'Type'])
    expect(wrapper.text()).toContain('Showing 1 to 10 of 2714')
    const link = wrapper.find('tbody a')
    expect(link.text()).toBe(rows[0]!.fileName)
    expect(link.attributes()).toMatchObject({ href: rows[0]!.url, rel: 'noopener noreferrer', target: '_blank' })
    expect(wrapper.find('[data-slot="header"]').text()).toBe('OMA Technical Specifications')
    const year = rows[0]!.releaseDate!.slice(0, 4)
    await wrapper.setProps({ filters: { releaseDate: [year] } })
    expect(wrapper.text()).toContain(`of ${rows.filter((row) => row.releaseDate?.startsWith(year)).length}`)
  })

  it('given the vendor reservations page config when rendered then both columns filter and sort', () => {
    const props = blockProps('vendor-bulk-reservations.md')
    const rows = json<object[]>('lwm2m-bulk-vendor-reservations.json')
    const wrapper = mount(ShDataTable, { props: { ...props, rows } })
    expect(wrapper.findAll('th button').map((button) => button.text())).toEqual(['ObjectID Range', 'Company Name'])
    expect(wrapper.findAll('summary').map((summary) => summary.text())).toEqual(['ObjectID Range', 'Company Name'])
    expect(wrapper.text()).toContain(`of ${rows.length}`)
  })
})
