// Nuxt handles Vue errors quietly on the client (a component whose async setup
// fails just renders nothing); logged, the playground checks see them as failures.
import { defineNuxtPlugin } from '#app'

export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.hook('vue:error', (error, _instance, info) => console.error(`[vue:error] ${info}:`, error))
})
