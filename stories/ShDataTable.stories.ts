import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { expect, userEvent, within } from 'storybook/test'
import { defineComponent, h, type DefineComponent } from 'vue'
import ShConfigProvider from '../src/components/ShConfigProvider.vue'
import ShDataTableGeneric from '../src/components/ShDataTable.vue'
import { htmlCells } from '../src/core/table/html-cells'
import type { DataTableColumn } from '../src/core/table/columns'
import { generateDocuments, generateUsers } from './_data/documents'
import { withFetchJson } from './_data/fetch-decorator'
import { mdcDocs } from './_shared/mdc'
import { dark, mobile } from './_shared/viewport'

/** The generic `<Row>` component seen with untyped rows, which Storybook's Meta can describe. */
const ShDataTable = ShDataTableGeneric as unknown as DefineComponent<Record<string, unknown>>

type Story = StoryObj<typeof ShDataTable>

const meta = {
  title: 'Components/ShDataTable',
  component: ShDataTable,
  parameters: {
    docs: {
      description: {
        component:
          'The generic table behind `::ShDynamicTable` blocks: rename the tag and the same `dataUrl`, `dataField`, `columns`, `header`, `footer`, `perPage` and `ui` keep working. Adds v-model for search/filters/sort/page/page size, `syncUrl`, cell and header slots, CSV/JSON export and a virtualised "All".',
      },
    },
  },
} satisfies Meta<typeof ShDataTable>

export default meta

/** The column block of the technical-documents page, unchanged. */
const documentColumns: DataTableColumn[] = [
  { name: 'fileName', title: 'File Name', filter: false, query: true, sortable: false, type: 'url', typeData: ['url'] },
  { name: 'enablerName', title: 'Enabler Name', filter: false, query: true, sortable: false, type: 'text' },
  { name: 'enablerAbbreviation', title: 'Enabler Abbreviation', filter: true, filterOrder: 1, query: true, sortable: true, type: 'text' },
  { name: 'status', title: 'Status', filter: true, query: true, sortable: true, type: 'text' },
  { name: 'version', title: 'Version', filter: true, filterOrder: 2, query: true, sortable: true, type: 'text' },
  { name: 'releaseDate', title: 'Year', filter: true, hide: true, query: true, sortable: true, formatColumValue: 'DY', type: 'text' },
  { name: 'docType', title: 'Type', filter: true, query: true, sortable: true, type: 'text' },
]
const documents = generateDocuments(300, 5)
const documentsArgs = { columns: documentColumns, header: 'OMA Technical Specifications', exportFileName: 'oma-technical-documents' }
const documentsMdc = mdcDocs('ShDataTable', { dataUrl: '/data/publications.json', dataField: '', columns: documentColumns, header: 'OMA Technical Specifications' })

/** The technical-documents page: file names link to their PDF, the hidden Year column is a quick filter. */
export const TechnicalDocuments: Story = {
  args: { rows: documents, ...documentsArgs },
  parameters: documentsMdc,
  play: async ({ canvas }) => {
    const link = canvas.getAllByRole('link')[0]!
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(canvas.queryByRole('columnheader', { name: 'Year' })).toBeNull()
    await expect(canvas.getByText('Year', { selector: 'summary' })).toBeVisible()
  },
}

const vendorColumns: DataTableColumn[] = [
  { name: 'ObjectIDRange', title: 'ObjectID Range', filter: true, query: true, sortable: true, type: 'text' },
  { name: 'CompanyName', title: 'Company Name', filter: true, query: true, sortable: true, type: 'text' },
]
const vendors = ['Nordlicht Mobile', 'Kestrel Wireless', 'Halvard Networks', 'Zephyr Semiconductor', 'Tessaract Labs'].map((name, i) => ({
  ObjectIDRange: `${32769 + i * 50} - ${32818 + i * 50}`,
  CompanyName: name,
}))

/** The LwM2M vendor bulk reservations page: two columns, both filterable and sortable. */
export const VendorReservations: Story = {
  args: { rows: vendors, columns: vendorColumns, header: 'OMA LwM2M Vendor Bulk Reservations Registry' },
  parameters: mdcDocs('ShDataTable', { dataUrl: '/data/lwm2m-bulk-vendor-reservations.json', dataField: '', columns: vendorColumns, header: 'OMA LwM2M Vendor Bulk Reservations Registry' }),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Company Name' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Company Name' }))
    await expect(canvas.getByRole('columnheader', { name: /Company Name/ })).toHaveAttribute('aria-sort', 'descending')
    await expect(canvas.getAllByRole('row')[1]).toHaveTextContent('Zephyr Semiconductor')
  },
}

/** Every feature at once: caption, footer, preset search, sort, page size, all export formats. */
export const EveryFeature: Story = {
  args: {
    rows: generateDocuments(1500, 9),
    ...documentsArgs,
    caption: 'Publications (generated)',
    footer: 'Generated sample data.',
    search: 'lightweight',
    sort: { column: 'releaseDate', direction: 'desc' },
    pageSize: 25,
  },
  parameters: documentsMdc,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('table', { name: 'Publications (generated)' })).toBeVisible()
    await expect(canvas.getAllByRole('row')).toHaveLength(26)
    await expect(canvas.getByRole('button', { name: 'Export CSV' })).toBeEnabled()
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Rows per page' }), 'All')
    await expect(canvas.getAllByRole('row').length).toBeLessThan(80)
  },
}

const customUi = {
  wrapper: 'border-2 border-sh-accent',
  header: 'text-start text-2xl',
  th: { color: 'text-sh-accent', size: 'text-xs uppercase' },
  td: { padding: 'px-2 py-1' },
}

/** A `ui` map using the original config keys, and a cell slot rendering the status as a badge. */
export const CustomUiAndSlots: Story = {
  args: { rows: documents.slice(0, 12), ...documentsArgs, ui: customUi },
  render: (args) => ({
    components: { ShDataTable },
    setup: () => ({ args }),
    template: `<ShDataTable v-bind="args">
      <template #cell-status="{ text }"><span class="rounded-full border border-sh-border px-2 text-xs font-semibold">{{ text }}</span></template>
    </ShDataTable>`,
  }),
  parameters: mdcDocs('ShDataTable', { dataUrl: '/data/publications.json', columns: documentColumns, header: 'OMA Technical Specifications', ui: customUi }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('th')).toHaveClass('uppercase')
    await expect(canvasElement.querySelector('tbody td span.rounded-full')).not.toBeNull()
  },
}

/**
 * What content can get wrong: invalid JSON `columns`, rows with missing and
 * extra keys, nulls, numbers, markup and a `javascript:` URL. Values render as text,
 * markup too, as written, with a dev warning (the HtmlCells story renders it through `htmlCells`).
 */
export const BadInput: Story = {
  args: {
    columns: '[{"name": "name"' as unknown as DataTableColumn[],
    rows: [
      { name: 'Plain', link: 'https://example.org' },
      { name: null, link: 'javascript:alert(1)', extra: true },
      { name: 42 },
      { name: '<b>bold</b> <img src=x onerror=alert(1)>kept', link: '/relative' },
    ],
  },
  parameters: mdcDocs('ShDataTable', { rows: [{ name: '<b>bold</b> <img src=x onerror=alert(1)>kept' }], columns: '[{"name": "name"' }),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.querySelector('tbody')!)
    // Without an HTML cell renderer, markup in a value is text: readable as written, never an element.
    await expect(body.getByText('<b>bold</b> <img src=x onerror=alert(1)>kept')).toBeVisible()
    await expect(canvasElement.querySelector('tbody b, tbody img')).toBeNull()
    await expect(canvasElement.querySelector('tbody a[href^="javascript:"]')).toBeNull()
  },
}

const userColumns: DataTableColumn[] = [
  { name: 'firstName', title: 'First Name', filter: false, query: true, sortable: true, type: 'text' },
  { name: 'lastName', title: 'Last Name', filter: false, query: true, sortable: true, type: 'text' },
  { name: 'username', title: 'username', filter: false, query: true, sortable: true, type: 'text' },
  { name: 'email', title: 'Email', filter: false, query: true, sortable: false, type: 'email' },
  { name: 'gender', title: 'Gender', filter: true, sortable: true, type: 'text' },
  { name: 'birthDate', title: 'Birth Date', filter: false, query: true, sortable: true, type: 'date' },
  { name: 'age', title: 'Age', filter: true, query: true, sortable: true, type: 'number' },
]
const usersProps = { dataUrl: 'https://dummyjson.com/users', dataField: 'users', columns: userColumns, ui: { footer: 'text-sm' }, header: 'Dynamic Table example', footer: '*Copyright © 2024*' }

/**
 * The guidelines page example: rows under `users` in the response (`dataField`),
 * email links, a date column sorted chronologically and a numeric column sorted numerically.
 * Loaded through the plugin's `fetchJson` (stubbed here, so the story works offline).
 */
export const DataFieldAndTypes: Story = {
  args: usersProps,
  decorators: [withFetchJson(async () => ({ total: 40, users: generateUsers(40, 3) }))],
  parameters: mdcDocs('ShDataTable', usersProps),
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Age' }))
    const ages = canvas.getAllByRole('row').slice(1).map((row) => Number(row.lastElementChild!.textContent))
    await expect(ages).toEqual([...ages].sort((a, b) => a - b))
    await expect(canvas.getAllByRole('link')[0]).toHaveAttribute('href', expect.stringMatching(/^mailto:/))
  },
}

const longColumns: DataTableColumn[] = [
  { name: 'title', title: 'Title of the declared invention as written by the declaring company', query: true, sortable: true, type: 'text' },
  { name: 'note', title: 'Note', query: true, type: 'text' },
]
const longRows = [
  {
    title: 'Method and apparatus for negotiating the transport binding of a constrained device during bootstrap, registration and every later update over lossy low-power wide-area networks',
    note: 'Declared for LwM2M-TS-1.2-Core_and_Transport-bindings_and_every-other-referenced-specification-document-without-any-spaces-in-it',
  },
  { title: 'Short', note: 'A note that runs over several lines in a narrow column, with ordinary words that wrap where the browser likes.' },
]

/** Long headers, long text and one long unbroken token: cells wrap, the table stays inside its frame. */
export const LongContent: Story = {
  args: { rows: longRows, columns: longColumns, header: 'Declarations with long values' },
  parameters: mdcDocs('ShDataTable', { rows: longRows, columns: longColumns, header: 'Declarations with long values' }),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText(/^Method and apparatus for negotiating/)).toBeVisible()
    const scroller = canvasElement.querySelector<HTMLElement>('[data-slot="scroller"]')!
    await expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth + 1)
  },
}

const registryColumns: DataTableColumn[] = [
  { name: 'id', title: 'Object ID', query: true, sortable: true, type: 'number' },
  { name: 'name', title: 'Name', query: true, sortable: true, type: 'text' },
  { name: 'files', title: 'Files', query: true, type: 'text' },
]
const registryRows = [
  { id: 0, name: 'LwM2M Security', files: '<a href="https://example.org/registry/0.xml">XML</a> · <a href="https://example.org/registry/0.pdf">PDF</a> <em>v1.2</em>' },
  { id: 1, name: 'LwM2M Server', files: '<a href="https://example.org/registry/1.xml">XML</a><br><code>urn:example:object:1</code>' },
  // What hostile data could add: the renderer keeps the text and drops the rest.
  { id: 3, name: 'Device', files: '<a href="javascript:alert(1)">XML</a> <img src=x onerror="alert(2)"><script>alert(3)</script>' },
]

/**
 * Markup in cells, as the LwM2M registry transforms write it: with the `htmlCells` renderer installed
 * (`app.use(ShUi, { htmlCells })`; sh-ui/nuxt does it), links, emphasis, code and line breaks render through the
 * allow-list sanitiser and nothing executable survives. Without it, the markup shows as text.
 */
export const HtmlCells: Story = {
  args: { rows: registryRows, columns: registryColumns, header: 'LwM2M Registry' },
  decorators: [(story) => defineComponent({ name: 'WithHtmlCells', setup: () => () => h(ShConfigProvider, { htmlCells }, () => h(story())) })],
  parameters: mdcDocs('ShDataTable', { dataUrl: '/data/registry/DDF.xml', transformRawData: 'filterDDFObjects', columns: registryColumns }),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getAllByRole('link', { name: 'XML' })[0]).toHaveAttribute('href', 'https://example.org/registry/0.xml')
    await expect(canvas.getByText('v1.2').tagName).toBe('EM')
    await expect(canvasElement.querySelector('tbody script, tbody img, tbody [onerror]')).toBeNull()
    await expect(canvas.getByText('Device').closest('tr')!.querySelector('a[href]')).toBeNull()
  },
}

/** Dark colour scheme. */
export const Dark: Story = { ...TechnicalDocuments, globals: dark }

/** Phone width: rows become labelled cards. */
export const Mobile: Story = {
  args: { rows: documents.slice(0, 5), ...documentsArgs },
  globals: mobile,
  parameters: documentsMdc,
  play: async ({ canvasElement }) => {
    const cell = canvasElement.querySelector('tbody td')!
    await expect(getComputedStyle(cell, '::before').content).toBe('"File Name"')
  },
}
