// The floor FAQ page (plain <details>): the reference each library's question click is divided by.
export { setup } from '../libs/floor/setup'
export { default as Component } from '../libs/floor/Faq.vue'
