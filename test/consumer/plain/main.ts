import { createApp } from 'vue'
import 'sh-ui/style.css'
import App from './App.vue'

// No plugin: components must fall back to their defaults.
createApp(App).mount('#app')
