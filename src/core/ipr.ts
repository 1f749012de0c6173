import type { DataTableColumn } from './table/columns'
import { isEmptyText } from './table/values'

/** One IPR (patent) declaration as the OMA data publishes it; any field may be missing or null. */
export interface IprDeclaration {
  company?: string | null
  title?: string | null
  country_province?: string | null
  application?: string | null
  patent?: string | null
  spec_ref?: string | null
  countries_applicable?: string | null
  /** Free text in a dozen formats (`30-Nov-04`, `29 May, 2004`, `Aug-12`...); parsed for sorting and the year filter. */
  declaration_date?: string | null
  timestamp?: string | null
  [extra: string]: unknown
}

/** Spellings of one country in the declarations besides its own name (matched in any case), grouped for the quick filter only. */
const COUNTRY_GROUPS: Record<string, string[]> = {
  'United States': ['us', 'usa', 'united states of america', 'u.s.', 'u.s.a.'],
  China: ['cn', 'prc'],
  'South Korea': ['kr', 'korea', 'republic of korea'],
  Japan: ['jp'],
  Europe: ['ep', 'eu'],
  'International (WO/PCT)': ['wo', 'pct'],
  Germany: ['de'],
  Finland: ['fi'],
  Sweden: ['se'],
  Canada: ['ca'],
  Australia: ['au'],
  Brazil: ['br'],
  Mexico: ['mx'],
  India: ['in'],
  Taiwan: ['tw', 'taiwan, province of china'],
  Netherlands: ['nl', 'the netherlands'],
  'United Kingdom': ['gb', 'uk', 'great britain'],
  France: ['fr'],
  Spain: ['es'],
  Italy: ['it'],
  Belgium: ['be'],
  Russia: ['ru', 'russian federation'],
  'Hong Kong': ['hk'],
  Singapore: ['sg'],
  Israel: ['il'],
  Norway: ['no'],
  Thailand: ['th'],
}

const COUNTRY_BY_SPELLING = new Map(
  Object.entries(COUNTRY_GROUPS).flatMap(([name, spellings]) =>
    [name.toLowerCase(), ...spellings].map((spelling) => [spelling, name] as const),
  ),
)

/** `US`, `USA` and `United States` filter as one country; `-`, empty and null are undefined. Unknown values pass through. */
export function normalizeCountry(value: unknown): string | undefined {
  if (typeof value !== 'string' || isEmptyText(value)) return undefined
  const text = value.trim().replace(/\s+/g, ' ')
  return COUNTRY_BY_SPELLING.get(text.toLowerCase()) ?? text
}

/** The columns of the OMA IPR pages, in their order, with the date typed so it sorts and filters by year. */
export function iprColumns(): DataTableColumn<IprDeclaration>[] {
  return [
    { name: 'company', title: 'Company', filter: true, filterOrder: 2, query: true, sortable: true },
    { name: 'title', title: 'Title', query: true },
    { name: 'country_province', title: 'Country-Province', filter: true, filterOrder: 3, query: true, sortable: true, facet: normalizeCountry },
    { name: 'application', title: 'Application', query: true },
    { name: 'patent', title: 'Patent', query: true, sortable: true },
    { name: 'spec_ref', title: 'Specification Reference', filter: true, filterOrder: 1, query: true, sortable: true },
    { name: 'countries_applicable', title: 'Applicable Countries', query: true },
    { name: 'declaration_date', title: 'Declaration Date', filter: true, filterOrder: 4, query: true, sortable: true, type: 'date' },
    { name: 'timestamp', title: 'Timestamp', query: false, sortable: true },
  ]
}
