import type { ThemeStates } from '../core/ui'

/** Default classes of ShCheckoutLinks, one entry per `data-slot`. */
const theme = {
  /** `not-prose`: the list and links keep this theme's look inside a page's Tailwind Typography (`prose`). */
  wrapper: 'not-prose my-6 text-sh-fg',
  title: 'mb-2 font-bold',
  list: 'list-disc space-y-1 ps-6 marker:text-sh-muted',
  item: '',
  link: 'rounded-sh font-medium text-sh-link underline underline-offset-2 hover:text-sh-link-hover focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sh-focus',
  linkActive: 'font-bold text-sh-fg no-underline',
  unsafe: 'text-sh-fg',
  description: 'block text-sm text-sh-muted',
  /** Styles a markdown list passed through the default slot like the `links` form. */
  content:
    '[&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:ps-6 [&_a]:font-medium [&_a]:text-sh-link [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:text-sh-link-hover',
  externalIcon: 'ms-1 inline-block size-3.5 align-baseline',
  srOnly: 'sr-only',
}

export default theme

/** The link to the page being shown gets `linkActive`. */
export const states = { link: { current: 'linkActive' } } satisfies ThemeStates<typeof theme>
