// What the vuetify table page ships besides vue: measured for size, booted by the page, rendered for SSR.
export { setup } from '../libs/vuetify/setup'
export { default as Component } from '../libs/vuetify/Table.vue'
