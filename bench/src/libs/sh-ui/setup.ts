import type { App } from 'vue'
import 'sh-ui/style.css'

/** sh-ui needs no plugin: its prebuilt stylesheet (for apps without Tailwind) is all it takes. */
export function setup(_app: App): void {}
