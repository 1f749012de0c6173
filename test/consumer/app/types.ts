// Compiled by vue-tsc against the installed tarball: the bundled .d.ts must
// type the class maps, so a misspelt slot is an error in a consumer's editor.
import { ShUi, type CheckoutLinksTheme, type DataTableTheme, type FaqTheme, type SegmentTheme, type ShUiOptions, type UiProp } from 'sh-ui'

export const segment: UiProp<SegmentTheme> = { wrapper: 'p-4', inner: 'max-w-prose', strategy: 'override' }
export const links: UiProp<CheckoutLinksTheme> = { link: 'text-red-700' }
export const options: ShUiOptions = { ui: { segment: { wrapper: 'p-2' } }, unstyled: false }
export const plugin: typeof ShUi = ShUi

// @ts-expect-error `wrapperr` is not a slot of ShSegment
export const typo: UiProp<SegmentTheme> = { wrapperr: 'p-4' }
// @ts-expect-error class strings only
export const wrongType: UiProp<CheckoutLinksTheme> = { link: 42 }

// The later components' maps: nested keys as content writes them (`header.title`, `th.color`).
export const faq: UiProp<FaqTheme> = { header: { title: 'text-2xl' }, divider: 'my-2' }
export const table: UiProp<DataTableTheme> = { th: { color: 'text-sh-accent' }, tr: { base: 'align-top' } }
export const siteTheme: ShUiOptions = { ui: { faq: { header: { title: 'text-3xl' } }, dataTable: { td: { size: 'text-xs' } } } }
// @ts-expect-error `titel` is not a key of the ShFaq header
export const faqTypo: UiProp<FaqTheme> = { header: { titel: 'text-2xl' } }
// @ts-expect-error `colour` is not a key of the table header cells
export const tableTypo: UiProp<DataTableTheme> = { th: { colour: 'text-sh-accent' } }
