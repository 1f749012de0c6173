import type checkoutLinks from './checkout-links'
import type segment from './segment'

export type SegmentTheme = typeof segment
export type CheckoutLinksTheme = typeof checkoutLinks

/**
 * Every component's theme, keyed as in `app.use(ShUi, { ui: { segment: {...} } })`.
 * Type-only, so importing one component never bundles another's defaults.
 */
export interface ShUiThemes {
  segment: SegmentTheme
  checkoutLinks: CheckoutLinksTheme
}
