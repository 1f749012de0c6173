// As the OMA site does it: a plugin provides each table transform by name,
// and sh-ui/nuxt resolves `transformRawData: "filterDDFObjects"` to `$filterDDFObjects`.
import { defineNuxtPlugin } from '#app'
import { filterCommonObjects, filterDDFObjects, filterOmaEnablers } from '../utils/transforms'

export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.provide('filterDDFObjects', filterDDFObjects)
  nuxtApp.provide('filterCommonObjects', filterCommonObjects)
  nuxtApp.provide('filterOmaEnablers', filterOmaEnablers)
})
