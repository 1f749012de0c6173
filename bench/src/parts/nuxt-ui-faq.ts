// What the nuxt-ui faq page ships besides vue: measured for size, booted by the page, rendered for SSR.
export { setup } from '../libs/nuxt-ui/setup'
export { default as Component } from '../libs/nuxt-ui/Faq.vue'
