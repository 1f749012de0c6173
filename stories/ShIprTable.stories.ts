import type { Meta, StoryObj } from '@storybook/vue3-vite'
import { expect, userEvent, waitFor } from 'storybook/test'
import ShIprTable from '../src/components/ShIprTable.vue'
import { generateIprDeclarations } from '../test/support/ipr-generator'
import { withFetchJson } from './_data/fetch-decorator'
import { mdcDocs } from './_shared/mdc'
import { dark, mobile } from './_shared/viewport'

type Story = StoryObj<typeof ShIprTable>

const memberPage = mdcDocs('ShIprTable', { variant: 'member', dataUrl: '/data/oma-member-ipr-declarations.json' })

const meta = {
  title: 'Components/ShIprTable',
  component: ShIprTable,
  parameters: {
    docs: {
      description: {
        component:
          'The OMA IPR declaration table: the columns of the members and non-members pages, search (accent-, case- and punctuation-insensitive), quick filters with counts (countries grouped, year of the declaration date), sortable headers, pagination up to "All" (virtualised), CSV/JSON export. Data from `declarations` or `dataUrl`. The rows here come from a seeded generator, not the real data.',
      },
    },
  },
  argTypes: { variant: { control: 'inline-radio', options: ['member', 'non-member'] } },
} satisfies Meta<typeof ShIprTable>

export default meta

const ten = generateIprDeclarations(10, 1)
const many = generateIprDeclarations(1500, 2)

/** Ten declarations, as on a small page. */
export const Default: Story = {
  args: { declarations: ten, variant: 'member' },
  parameters: memberPage,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('OMA Members IPR Declarations')).toBeVisible()
    await expect(canvas.getByText('Showing 1 to 10 of 10')).toBeVisible()
    // Nine columns at every width: on a phone the cards show them, and only sortable headers stay visible.
    await expect(canvasElement.querySelectorAll('thead th')).toHaveLength(9)
  },
}

/** 1,500 declarations: type in search, the count is announced and matches are marked. */
export const FifteenHundredRows: Story = {
  args: { declarations: many, variant: 'member', caption: 'IPR declarations of OMA members' },
  parameters: memberPage,
  play: async ({ canvas, canvasElement }) => {
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'kestrel method')
    await waitFor(() => expect(canvasElement.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^\d+ results?$/))
    await expect(canvasElement.querySelector('mark')).not.toBeNull()
    await expect(canvas.getByText(/^Showing 1 to \d+ of \d+$/)).toBeVisible()
  },
}

/**
 * 100,000 generated declarations, built in a loader so other stories stay fast.
 * Searching, filtering and sorting scan precomputed strings and integer codes.
 */
export const HundredThousandRows: Story = {
  args: { variant: 'member' },
  loaders: [async () => ({ declarations: generateIprDeclarations(100_000, 3) })],
  render: (args, { loaded }) => ({
    components: { ShIprTable },
    setup: () => ({ args, declarations: loaded.declarations }),
    template: '<ShIprTable v-bind="args" :declarations="declarations" />',
  }),
  parameters: memberPage,
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Showing 1 to 10 of 100000')).toBeVisible()
  },
}

/** The non-members page: only the header text changes. */
export const NonMember: Story = {
  args: { declarations: generateIprDeclarations(25, 4), variant: 'non-member' },
  parameters: mdcDocs('ShIprTable', { variant: 'non-member', dataUrl: '/data/oma-non-member-ipr-declarations.json' }),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('OMA Non-Members IPR Declarations')).toBeVisible()
  },
}

/** Quick filters pre-selected through `v-model:filters`: United States (US, USA, United States…) declared in 2004. */
export const Filtered: Story = {
  args: { declarations: many, filters: { country_province: ['United States'], declaration_date: ['2004'] }, sort: { column: 'declaration_date', direction: 'desc' } },
  parameters: memberPage,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /Clear all filters \(2\)/ })).toBeVisible()
    await expect(canvas.getByRole('columnheader', { name: /Declaration Date/ })).toHaveAttribute('aria-sort', 'descending')
    // Open panel, so the accessibility check also covers its find box and checkboxes.
    await userEvent.click(canvas.getByText('Country-Province', { selector: 'summary' }))
    await expect(canvas.getByRole('checkbox', { name: /United States/ })).toBeChecked()
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Find a Country-Province value' }), 'chi')
    await expect(canvas.getAllByRole('checkbox').map((box) => box.closest('label')!.textContent)).toEqual([expect.stringMatching(/^China\d+$/), expect.stringMatching(/^United States\d+$/)])
  },
}

const customUi = {
  wrapper: 'rounded-sh border-2 border-sh-accent p-2',
  header: 'text-start text-2xl',
  th: { color: 'text-sh-accent', size: 'text-xs uppercase' },
}

/** A `ui` map with the keys of the original `::ShDynamicTable` blocks restyles the preset. */
export const CustomUi: Story = {
  args: { declarations: ten, ui: customUi },
  parameters: mdcDocs('ShIprTable', { variant: 'member', dataUrl: '/data/oma-member-ipr-declarations.json', ui: customUi }),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="wrapper"]')).toHaveClass('border-sh-accent')
    await expect(canvas.getByRole('columnheader', { name: /Company/ })).toHaveClass('uppercase')
  },
}

/**
 * What real declarations get wrong: nulls, placeholders, markup, odd dates, CRLF; plus `ui` as invalid JSON.
 * Markup is shown as the text it is (no `htmlCells` renderer is installed here): nothing of it becomes an element.
 */
export const BadInput: Story = {
  args: {
    ui: '{"wrapper": "border"' as never,
    declarations: [
      { company: '<img src=x onerror=alert(1)>Acme', title: null, country_province: 'USA', application: '-', patent: 'US 5,327,529', spec_ref: '', countries_applicable: null, declaration_date: '31 June, 2008', timestamp: null },
      { company: 'Kestrel Wireless', title: 'Line one\r\nLine two', country_province: null, application: 42, patent: null, spec_ref: 'LwM2M 1.1', countries_applicable: 'US, EP', declaration_date: '-', timestamp: 'not a time' },
    ] as never,
  },
  parameters: mdcDocs('ShIprTable', { variant: 'member', ui: '{"wrapper": "border"' }),
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('<img src=x onerror=alert(1)>Acme')).toBeVisible()
    await expect(canvasElement.querySelector('tbody img')).toBeNull()
    await expect(canvas.getByText('31 June, 2008')).toBeVisible()
    await expect(canvas.getByText('Showing 1 to 2 of 2')).toBeVisible()
  },
}

/** While `dataUrl` loads. */
export const Loading: Story = {
  args: { dataUrl: '/data/oma-member-ipr-declarations.json' },
  decorators: [withFetchJson(() => new Promise(() => {}))],
  parameters: memberPage,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Loading…')
  },
}

let attempts = 0
/** The server answered 500: the error says so and Retry loads again (it succeeds the second time here). */
export const ErrorAndRetry: Story = {
  args: { dataUrl: '/data/oma-member-ipr-declarations.json' },
  decorators: [
    withFetchJson(async () => {
      attempts += 1
      if (attempts % 2) throw new Error('The data could not be loaded: HTTP 500 Internal Server Error.')
      return ten
    }),
  ],
  parameters: memberPage,
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('HTTP 500')
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }))
    await expect(await canvas.findByText('Showing 1 to 10 of 10')).toBeVisible()
  },
}

/** What a reader sees when the data cannot be loaded: the message and a Retry button (which fails again here). */
export const FailedToLoad: Story = {
  args: { dataUrl: '/data/oma-member-ipr-declarations.json' },
  decorators: [withFetchJson(async () => Promise.reject(new Error('The data could not be loaded: HTTP 503 Service Unavailable.')))],
  parameters: memberPage,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('HTTP 503')
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible()
  },
}

/** No declarations at all. */
export const Empty: Story = {
  args: { declarations: [] },
  parameters: memberPage,
  play: async ({ canvas }) => {
    await expect(canvas.getByText('There is nothing to show yet.')).toBeVisible()
  },
}

/** Dark colour scheme from the toolbar. */
export const Dark: Story = {
  args: { declarations: many, search: 'method' },
  globals: dark,
  parameters: memberPage,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="wrapper"]')!.closest('.dark')).not.toBeNull()
  },
}

/** Below `sm`, each declaration is a card labelled with the column titles. */
export const Mobile: Story = {
  args: { declarations: ten },
  globals: mobile,
  parameters: memberPage,
  play: async ({ canvasElement }) => {
    const cell = canvasElement.querySelector('tbody td')!
    await expect(getComputedStyle(cell, '::before').content).toBe('"Company"')
    // The value sits beside its label, on the label's first line.
    const text = document.createRange()
    text.selectNodeContents(cell)
    const [box, value] = [cell.getBoundingClientRect(), text.getBoundingClientRect()]
    await expect(value.left - box.left).toBeGreaterThan(100)
    await expect(value.top - box.top).toBeLessThan(10)
  },
}
