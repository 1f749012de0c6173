// What the sh-ui table page ships besides vue: measured for size, booted by the page, rendered for SSR.
export { setup } from '../libs/sh-ui/setup'
export { default as Component } from '../libs/sh-ui/Table.vue'
