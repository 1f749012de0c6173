import type checkoutLinks from './checkout-links'
import type dataTable from './data-table'
import type faq from './faq'
import type segment from './segment'

export type SegmentTheme = typeof segment
export type CheckoutLinksTheme = typeof checkoutLinks
export type DataTableTheme = typeof dataTable
export type FaqTheme = typeof faq

/**
 * Every component's theme, keyed as in `app.use(ShUi, { ui: { segment: {...} } })`.
 * Type-only, so importing one component never bundles another's defaults.
 */
export interface ShUiThemes {
  segment: SegmentTheme
  checkoutLinks: CheckoutLinksTheme
  dataTable: DataTableTheme
  faq: FaqTheme
}
