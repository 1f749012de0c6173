import { createApp } from 'vue'
import { ShUi } from 'sh-ui'
import App from './App.vue'
import './main.css'

// A plugin-level override: the app's Tailwind must generate it from the app's own source.
createApp(App)
  .use(ShUi, { ui: { checkoutLinks: { title: 'tracking-[0.25em]' } } })
  .mount('#app')
