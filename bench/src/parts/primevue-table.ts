// What the primevue table page ships besides vue: measured for size, booted by the page, rendered for SSR.
export { setup } from '../libs/primevue/setup'
export { default as Component } from '../libs/primevue/Table.vue'
