import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import ShDataTable from '../../../src/components/ShDataTable.vue'
import ShIprTable from '../../../src/components/ShIprTable.vue'
import { ShUi } from '../../../src/plugin'
import { htmlCells } from '../../../src/core/table/html-cells'
import { generateIprDeclarations } from '../../support/ipr-generator'

afterEach(() => {
  vi.restoreAllMocks()
})

const people = [
  { id: 1, name: 'Ada', city: 'London', site: 'https://ada.example', mail: 'ada@example.org' },
  { id: 2, name: 'Grace', city: 'New York', site: 'javascript:alert(1)', mail: 'not an email' },
  { id: 3, name: 'Linus', city: null, site: '/local', mail: null, extra: { deep: true } },
  { id: 4, name: 'Ángela', city: 'London' },
]
const columns = [
  { name: 'name', title: 'Name', sortable: true, query: true },
  { name: 'city', title: 'City', filter: true, query: true, sortable: true },
  { name: 'site', title: 'Site', type: 'url' as const },
  { name: 'mail', title: 'Mail', type: 'email' as const },
]

const bodyRows = (wrapper: ReturnType<typeof mount>) => wrapper.findAll('tbody tr[data-slot="tr"]').map((row) => row.find('td').text())

describe('ShDataTable with rows', () => {
  it('given rows and columns when rendered then the page shows titles, cells as text and the count', () => {
    const wrapper = mount(ShDataTable, { props: { rows: people, columns, caption: 'People' } })
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['Name', 'City', 'Site', 'Mail'])
    expect(bodyRows(wrapper)).toEqual(['Ada', 'Grace', 'Linus', 'Ángela'])
    expect(wrapper.find('caption').text()).toBe('People')
    expect(wrapper.text()).toContain('Showing 1 to 4 of 4')
  })

  it('given url and email columns when rendered then only safe URLs link and external ones open safely', () => {
    const wrapper = mount(ShDataTable, { props: { rows: people, columns } })
    const links = wrapper.findAll('a[data-slot="link"]')
    expect(links.map((link) => link.attributes('href'))).toEqual(['https://ada.example', 'mailto:ada@example.org', '/local'])
    expect(links[0]!.attributes()).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' })
    expect(links[2]!.attributes('target')).toBeUndefined()
    expect(wrapper.text()).toContain('javascript:alert(1)')
  })

  it('given hostile markup in a value when rendered then nothing of it survives the cell sanitiser, and with html: false it is shown as text', () => {
    const wrapper = mount(ShDataTable, { props: { rows: [{ name: '<img src=x onerror=alert(1)>' }] }, global: { plugins: [[ShUi, { htmlCells }]] } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('td').html()).not.toContain('onerror')
    const asText = mount(ShDataTable, { props: { rows: [{ name: '<img src=x onerror=alert(1)>' }], columns: [{ name: 'name', html: false }] } })
    expect(asText.find('td').text()).toBe('<img src=x onerror=alert(1)>')
  })

  it('given a search when typed then rows filter, matches are marked and the count is announced', async () => {
    const wrapper = mount(ShDataTable, { props: { rows: people, columns } })
    await wrapper.find('input[type="search"]').setValue('angela')
    expect(bodyRows(wrapper)).toEqual(['Ángela'])
    expect(wrapper.find('mark').text()).toBe('Ángela')
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('1 result')
  })

  it('given a sortable header when its button is clicked then the order cycles asc, desc, none with aria-sort on that column only', async () => {
    const wrapper = mount(ShDataTable, { props: { rows: people, columns } })
    const button = () => wrapper.findAll('th')[0]!.find('button')
    await button().trigger('click')
    expect(wrapper.findAll('th')[0]!.attributes('aria-sort')).toBe('ascending')
    expect(wrapper.findAll('th[aria-sort]')).toHaveLength(1)
    expect(bodyRows(wrapper)).toEqual(['Ada', 'Ángela', 'Grace', 'Linus'])
    await button().trigger('click')
    expect(wrapper.findAll('th')[0]!.attributes('aria-sort')).toBe('descending')
    expect(bodyRows(wrapper)).toEqual(['Linus', 'Grace', 'Ángela', 'Ada'])
    await button().trigger('click')
    expect(wrapper.findAll('th[aria-sort]')).toHaveLength(0)
    expect(bodyRows(wrapper)).toEqual(['Ada', 'Grace', 'Linus', 'Ángela'])
    expect(wrapper.findAll('th')[2]!.find('button').exists()).toBe(false)
  })

  it('given a quick filter when a value is checked then rows narrow, counts show and clear all resets', async () => {
    const wrapper = mount(ShDataTable, { props: { rows: people, columns } })
    const details = wrapper.find('details')
    ;(details.element as HTMLDetailsElement).open = true
    await details.trigger('toggle')
    const options = wrapper.findAll('[data-slot="filterOption"]')
    expect(options.map((option) => option.text())).toEqual(['London2', 'New York1', 'Undefined1'])
    await options[0]!.find('input').setValue(true)
    expect(bodyRows(wrapper)).toEqual(['Ada', 'Ángela'])
    expect(wrapper.emitted('update:filters')?.at(-1)).toEqual([{ city: ['London'] }])
    await wrapper.find('[data-slot="filterClear"]').trigger('click')
    expect(bodyRows(wrapper)).toHaveLength(4)
  })

  it('given a quick filter with many values when a value is looked up then only matching values and the checked ones stay listed', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: i, spec: `OMA-TS-${['DM', 'LwM2M', 'SUPL', 'MMS'][i % 4]}-V${i}` }))
    const wrapper = mount(ShDataTable, { props: { rows, columns: [{ name: 'spec', title: 'Spec', filter: true }], filters: { spec: ['OMA-TS-DM-V0'] } } })
    const details = wrapper.find('details')
    ;(details.element as HTMLDetailsElement).open = true
    await details.trigger('toggle')
    expect(wrapper.findAll('[data-slot="filterOption"]')).toHaveLength(40)
    await wrapper.find('input[aria-label="Find a Spec value"]').setValue('lwm2m v1')
    const listed = wrapper.findAll('[data-slot="filterOption"]').map((option) => option.find('span').text())
    expect(listed).toEqual(['OMA-TS-DM-V0', 'OMA-TS-LwM2M-V1', 'OMA-TS-LwM2M-V13', 'OMA-TS-LwM2M-V17'])
  })

  it('given 30 rows when paging then the numbered buttons move pages and a new search goes back to page 1', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: i, n: `row ${i + 1}` }))
    const wrapper = mount(ShDataTable, { props: { rows } })
    await wrapper.find('button[aria-label="Page 3"]').trigger('click')
    expect(wrapper.text()).toContain('Showing 21 to 30 of 30')
    expect(wrapper.find('[aria-current="page"]').text()).toBe('3')
    await wrapper.find('input[type="search"]').setValue('row')
    expect(wrapper.text()).toContain('Showing 1 to 10 of 30')
    await wrapper.find('select').setValue('0')
    expect(wrapper.findAll('tbody tr[data-slot="tr"]')).toHaveLength(30)
    expect(wrapper.find('nav[aria-label="Pages"]').exists()).toBe(false)
  })

  it('given v-model bindings when the parent changes them then the table follows', async () => {
    const wrapper = mount(ShDataTable, { props: { rows: people, columns, search: 'london', sort: { column: 'name', direction: 'desc' } } })
    expect(bodyRows(wrapper)).toEqual(['Ángela', 'Ada'])
    await wrapper.setProps({ search: '' })
    expect(bodyRows(wrapper)).toHaveLength(4)
  })

  it('given cell and header slots when rendered then they replace the default content', () => {
    const wrapper = mount(ShDataTable, {
      props: { rows: people, columns },
      slots: { 'cell-name': ({ text }: { text: string }) => h('strong', text.toUpperCase()), 'header-city': () => 'Town' },
    })
    expect(wrapper.find('td strong').text()).toBe('ADA')
    expect(wrapper.findAll('th')[1]!.text()).toBe('Town')
  })

  it('given no matching rows when searched then the empty state says so', async () => {
    const wrapper = mount(ShDataTable, { props: { rows: people, columns } })
    await wrapper.find('input[type="search"]').setValue('zzz')
    expect(wrapper.text()).toContain('No rows match the search and filters.')
  })

  it('given rows that are numbers, null, text or objects with missing keys when rendered then every row shows without a crash', () => {
    const rows = [5, null, 'text', { name: 'Ok', city: 12 }, { other: true }] as unknown as Array<Record<string, unknown>>
    const wrapper = mount(ShDataTable, { props: { rows, columns: [{ name: 'name' }, { name: 'city', type: 'number' as const, sortable: true }] } })
    expect(wrapper.findAll('tbody tr[data-slot="tr"]')).toHaveLength(5)
    expect(wrapper.text()).toContain('Ok')
    expect(wrapper.text()).toContain('12')
  })

  it('given rows that are not an array when rendered then an error shows and a warning names the prop', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const wrapper = mount(ShDataTable, { props: { rows: 'nope' as unknown as [] } })
    expect(wrapper.find('[role="alert"]').text()).toContain('not a list')
    expect(spy.mock.calls.flat().join()).toContain('ShDataTable: rows must be an array')
  })

  it('given a markdown component in the plugin when header and footer are set then they render through it', () => {
    const Markdown = defineComponent({ props: { source: String }, setup: (props) => () => h('em', props.source) })
    const wrapper = mount(ShDataTable, { props: { rows: people, header: 'Head', footer: 'Foot' }, global: { plugins: [[ShUi, { markdown: Markdown }]] } })
    expect(wrapper.find('[data-slot="header"] em').text()).toBe('Head')
    expect(wrapper.find('[data-slot="footer"] em').text()).toBe('Foot')
  })

  it('given labels in another language when rendered and searched then those texts show and are announced', async () => {
    const labels = { showing: 'Zeige {start} bis {end} von {total}', results: '{count} Treffer', rowsPerPage: 'Zeilen pro Seite', noMatch: 'Keine Treffer.', junk: 1 }
    const wrapper = mount(ShDataTable, { props: { rows: people, columns, labels: labels as never } })
    expect(wrapper.text()).toContain('Zeige 1 bis 4 von 4')
    expect(wrapper.find('label[for]').text()).toBe('Search')
    expect(wrapper.text()).toContain('Zeilen pro Seite')
    await wrapper.find('input[type="search"]').setValue('london')
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('2 Treffer')
    await wrapper.find('input[type="search"]').setValue('zzz')
    expect(wrapper.text()).toContain('Keine Treffer.')
  })

  it('given a ui override when rendered then the class merges into the slot', () => {
    const wrapper = mount(ShDataTable, { props: { rows: people, ui: { wrapper: 'p-9', th: { padding: 'px-1' } } } })
    expect(wrapper.find('[data-slot="wrapper"]').classes()).toContain('p-9')
    expect(wrapper.find('th').classes()).toContain('px-1')
  })
})

describe('ShDataTable with dataUrl', () => {
  type FetchJson = (url: string, init: { signal: AbortSignal }) => Promise<unknown>
  const plugin = (fetchJson: FetchJson) => ({ global: { plugins: [[ShUi, { fetchJson }]] as never } })

  it('given a response with a dataField when loaded then loading shows first and the rows after', async () => {
    let resolve!: (value: unknown) => void
    const fetchJson = vi.fn(() => new Promise((done) => (resolve = done)))
    const wrapper = mount(ShDataTable, { props: { dataUrl: '/users.json', dataField: 'data.users' }, ...plugin(fetchJson) })
    await nextTick()
    expect(wrapper.find('[role="status"]').text()).toBe('Loading…')
    resolve({ data: { users: [{ name: 'Ada' }] } })
    await flushPromises()
    expect(fetchJson).toHaveBeenCalledWith('/users.json', { signal: expect.any(AbortSignal) })
    expect(bodyRows(wrapper)).toEqual(['Ada'])
  })

  it('given a failing request when Retry is pressed then it loads again', async () => {
    const fetchJson = vi.fn().mockRejectedValueOnce(new Error('The data could not be loaded: HTTP 500.')).mockResolvedValueOnce([{ a: 1 }])
    const wrapper = mount(ShDataTable, { props: { dataUrl: '/x.json' }, ...plugin(fetchJson) })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toContain('HTTP 500')
    await wrapper.find('[role="alert"] button').trigger('click')
    await flushPromises()
    expect(bodyRows(wrapper)).toEqual(['1'])
  })

  it('given a missing dataField when loaded then the error names the field', async () => {
    const wrapper = mount(ShDataTable, { props: { dataUrl: '/x.json', dataField: 'users' }, ...plugin(async () => ({ items: [] })) })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toContain('no field "users"')
  })

  it('given the default fetch when the server answers 404 or non-JSON then the error says which', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response('nope', { status: 404, statusText: 'Not Found' }))
    const wrapper = mount(ShDataTable, { props: { dataUrl: '/missing.json' } })
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toContain('HTTP 404 Not Found')
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response('<html>', { status: 200 }))
    await wrapper.find('[role="alert"] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toContain('not JSON')
  })

  it('given the dataUrl changes or the table unmounts when a request is running then it is aborted', async () => {
    const signals: AbortSignal[] = []
    const fetchJson = (_url: string, init: { signal: AbortSignal }) => {
      signals.push(init.signal)
      return new Promise(() => {})
    }
    const wrapper = mount(ShDataTable, { props: { dataUrl: '/a.json' }, ...plugin(fetchJson) })
    await flushPromises()
    await wrapper.setProps({ dataUrl: '/b.json' })
    await flushPromises()
    expect(signals[0]!.aborted).toBe(true)
    wrapper.unmount()
    expect(signals[1]!.aborted).toBe(true)
  })

  it('given loading, error and empty slots when each state shows then the slot replaces the default text', async () => {
    let fail!: (error: Error) => void
    const slots = {
      loading: () => h('p', 'Fetching declarations'),
      error: ({ message, retry }: { message: string; retry: () => void }) => h('button', { onClick: retry }, `Oops: ${message}`),
      empty: ({ filtered }: { filtered: boolean }) => h('p', filtered ? 'no match' : 'nothing yet'),
    }
    const pending = () => new Promise((_, reject) => (fail = reject))
    const fetchJson = vi.fn(pending).mockImplementationOnce(pending)
    const wrapper = mount(ShDataTable, { props: { dataUrl: '/x.json' }, slots, ...plugin(fetchJson as never) })
    await nextTick()
    expect(wrapper.text()).toContain('Fetching declarations')
    fail(new Error('down'))
    await flushPromises()
    expect(wrapper.text()).toContain('Oops: down')
    fetchJson.mockImplementationOnce(async () => [])
    await wrapper.find('button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('nothing yet')
  })

  it('given a transform when rows load then the table shows the transformed rows', async () => {
    const wrapper = mount(ShDataTable, {
      props: { dataUrl: '/x.json', transform: (rows: unknown[]) => rows.map((row) => ({ label: String((row as { n: number }).n * 2) })) },
      ...plugin(async () => [{ n: 2 }]),
    })
    await flushPromises()
    expect(bodyRows(wrapper)).toEqual(['4'])
  })
})

describe('ShIprTable', () => {
  it('given generated declarations when rendered then the OMA columns, the variant header and original date text show', () => {
    const declarations = generateIprDeclarations(12, 3)
    const wrapper = mount(ShIprTable, { props: { declarations, variant: 'non-member' } })
    expect(wrapper.find('[data-slot="header"]').text()).toBe('OMA Non-Members IPR Declarations')
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual([
      'Company', 'Title', 'Country-Province', 'Application', 'Patent', 'Specification Reference', 'Applicable Countries', 'Declaration Date', 'Timestamp',
    ])
    const dates = wrapper.findAll('tbody tr[data-slot="tr"]').map((row) => row.findAll('td')[7]!.text())
    expect(dates).toEqual(declarations.slice(0, 10).map((row) => row.declaration_date ?? ''))
  })

  it('given country spellings when the country filter opens then US variants are one value', async () => {
    const declarations = [
      { company: 'A', country_province: 'US' },
      { company: 'B', country_province: 'USA' },
      { company: 'C', country_province: 'United States' },
      { company: 'D', country_province: '-' },
    ]
    const wrapper = mount(ShIprTable, { props: { declarations } })
    const details = wrapper.findAll('details').find((entry) => entry.text().startsWith('Country-Province'))!
    ;(details.element as HTMLDetailsElement).open = true
    await details.trigger('toggle')
    expect(details.findAll('[data-slot="filterOption"]').map((option) => option.text())).toEqual(['United States3', 'Undefined1'])
    expect(wrapper.findAll('tbody tr')[0]!.findAll('td')[2]!.text()).toBe('US')
  })

  it('given an unknown variant when rendered then the members header shows and a warning names the prop', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const wrapper = mount(ShIprTable, { props: { declarations: [], variant: 'members' as 'member' } })
    expect(wrapper.find('[data-slot="header"]').text()).toBe('OMA Members IPR Declarations')
    expect(spy.mock.calls.flat().join()).toContain('ShIprTable: variant must be')
  })

  it('given declarations when the date quick filter is used then it filters by year', async () => {
    const declarations = [
      { company: 'A', declaration_date: '30-Nov-04' },
      { company: 'B', declaration_date: '29 May, 2004' },
      { company: 'C', declaration_date: 'Aug-12' },
    ]
    const wrapper = mount(ShIprTable, { props: { declarations, filters: { declaration_date: ['2004'] } } })
    expect(bodyRows(wrapper)).toEqual(['A', 'B'])
  })
})

describe('ShDataTable export and URL state', () => {
  it('given a search and sort when Export CSV is pressed then every matching row downloads in that order, not just the page', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: i, name: `Item ${i + 1}`, note: i % 2 ? '=HYPERLINK("x")' : '-' }))
    let blob: Blob | undefined
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    const wrapper = mount(ShDataTable, {
      props: { rows, search: 'item 1', sort: { column: 'name', direction: 'desc' }, exportFileName: 'items', columns: [{ name: 'name', title: 'Name' }, { name: 'note', title: 'Note' }] },
    })
    await wrapper.findAll('button').find((button) => button.text() === 'Export CSV')!.trigger('click')
    expect(clicked).toEqual(['items.csv'])
    const text = await blob!.text()
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines[0]).toBe('"Name","Note"')
    // "item 1" is two words, both required: Item 21 has a 1 too.
    expect(lines.slice(1).map((line) => line.split(',')[0]!.replaceAll('"', ''))).toEqual(['Item 21', 'Item 19', 'Item 18', 'Item 17', 'Item 16', 'Item 15', 'Item 14', 'Item 13', 'Item 12', 'Item 11', 'Item 10', 'Item 1'])
    expect(lines).toContain(`"Item 18","'=HYPERLINK(""x"")"`)
    expect(lines).toContain('"Item 19",""')
  })

  it('given syncUrl and a shared link when mounted then the state is read from the query and changes are written back', async () => {
    history.replaceState(null, '', '/ipr?lang=en&t.q=ada&t.f.city=London&t.sort=-name')
    const wrapper = mount(ShDataTable, { props: { rows: people, columns, syncUrl: 't.' } })
    await flushPromises()
    expect(bodyRows(wrapper)).toEqual(['Ada'])
    expect(wrapper.findAll('th')[0]!.attributes('aria-sort')).toBe('descending')
    await wrapper.find('input[type="search"]').setValue('')
    await flushPromises()
    expect(bodyRows(wrapper)).toEqual(['Ángela', 'Ada'])
    expect(new URLSearchParams(location.search).getAll('t.f.city')).toEqual(['London'])
    expect(location.search).toContain('lang=en')
    expect(location.search).not.toContain('t.q=')
    history.replaceState(null, '', '/')
  })

  it('given a perPage outside the list when rendered then the select offers it', () => {
    const wrapper = mount(ShDataTable, { props: { rows: people, perPage: 20 } })
    expect(wrapper.findAll('option').map((option) => option.text())).toEqual(['10', '20', '25', '50', '100', 'All'])
    expect((wrapper.find('select').element as HTMLSelectElement).value).toBe('20')
  })
})
