// The columns of the OMA IPR pages (the ShIprTable defaults), shared by every anchor page so
// each library shows, searches and sorts the same fields.
import type { Declaration } from './data'

export interface BenchColumn {
  key: keyof Declaration
  title: string
  sortable: boolean
  searchable: boolean
}

export const columns: BenchColumn[] = [
  { key: 'company', title: 'Company', sortable: true, searchable: true },
  { key: 'title', title: 'Title', sortable: false, searchable: true },
  { key: 'country_province', title: 'Country-Province', sortable: true, searchable: true },
  { key: 'application', title: 'Application', sortable: false, searchable: true },
  { key: 'patent', title: 'Patent', sortable: true, searchable: true },
  { key: 'spec_ref', title: 'Specification Reference', sortable: true, searchable: true },
  { key: 'countries_applicable', title: 'Applicable Countries', sortable: false, searchable: true },
  { key: 'declaration_date', title: 'Declaration Date', sortable: true, searchable: true },
  { key: 'timestamp', title: 'Timestamp', sortable: true, searchable: false },
]

export const searchKeys = columns.filter((c) => c.searchable).map((c) => c.key)

/** Page size "All": each page maps it to its library's own spelling. */
export const ALL = -1
