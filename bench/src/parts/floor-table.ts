// The floor table page (a plain Vue <table>): the reference each library's table interactions are divided by.
export { setup } from '../libs/floor/setup'
export { default as Component } from '../libs/floor/Table.vue'
