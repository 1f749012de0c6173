// What the primevue faq page ships besides vue: measured for size, booted by the page, rendered for SSR.
export { setup } from '../libs/primevue/setup'
export { default as Component } from '../libs/primevue/Faq.vue'
