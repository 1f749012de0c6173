// Not used by the site: `npm test` type-checks the playground, and these lines
// prove that sh-ui/nuxt types app.config's `shUi` from the component themes.
import type { AppConfigInput } from 'nuxt/schema'

export const typedTheme: AppConfigInput = { shUi: { faq: { header: { title: 'text-3xl' } } } }
// @ts-expect-error a typo in a ui key is a type error
export const typoInKey: AppConfigInput = { shUi: { segment: { wraper: 'x' } } }
// @ts-expect-error a typo stays an error beside a valid nested key
export const typoBesideNested: AppConfigInput = { shUi: { faq: { wraper: 'x', header: { title: 'y' } } } }
