import { defineComponent, h } from 'vue'
import { parseMarkdown } from '@nuxtjs/mdc/runtime'
import MDCRenderer from '@nuxtjs/mdc/runtime/components/MDCRenderer.vue'

/**
 * @nuxtjs/mdc's `<MDC>` without Nuxt: the real one parses inside useAsyncData,
 * this one in an async setup; both render the tree with MDCRenderer and take
 * the same props (`value`, `tag`, `unwrap`, `parserOptions`), which is what the bridge sets.
 */
export const testMdc = defineComponent({
  name: 'TestMDC',
  props: {
    value: { type: String, required: true },
    tag: { type: [String, Boolean], default: 'div' },
    unwrap: { type: [String, Boolean], default: false },
    parserOptions: { type: Object, default: () => ({}) },
  },
  async setup(props) {
    const parsed = await parseMarkdown(props.value, props.parserOptions)
    return () => h(MDCRenderer, { body: parsed.body, data: parsed.data, tag: props.tag, unwrap: props.unwrap })
  },
})
