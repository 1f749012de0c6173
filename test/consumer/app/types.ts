// Compiled by vue-tsc against the installed tarball: the bundled .d.ts must
// type the class maps, so a misspelt slot is an error in a consumer's editor.
import { ShUi, type CheckoutLinksTheme, type SegmentTheme, type ShUiOptions, type UiProp } from 'sh-ui'

export const segment: UiProp<SegmentTheme> = { wrapper: 'p-4', inner: 'max-w-prose', strategy: 'override' }
export const links: UiProp<CheckoutLinksTheme> = { link: 'text-red-700' }
export const options: ShUiOptions = { ui: { segment: { wrapper: 'p-2' } }, unstyled: false }
export const plugin: typeof ShUi = ShUi

// @ts-expect-error `wrapperr` is not a slot of ShSegment
export const typo: UiProp<SegmentTheme> = { wrapperr: 'p-4' }
// @ts-expect-error class strings only
export const wrongType: UiProp<CheckoutLinksTheme> = { link: 42 }
