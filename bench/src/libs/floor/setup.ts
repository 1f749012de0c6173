import type { App } from 'vue'

/** The floor pages use no plugin and no stylesheet: the browser's defaults. */
export function setup(_app: App): void {}
