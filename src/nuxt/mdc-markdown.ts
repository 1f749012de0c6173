import { defineComponent, h, type Component } from 'vue'

/**
 * The `markdown` component of the plugin options, rendering through MDC.
 * MDC parses with useAsyncData, so the server HTML holds the rendered answer and
 * the client takes the parsed tree from the payload instead of parsing again.
 */
export function mdcMarkdown(MDC: Component): Component {
  return defineComponent({
    name: 'ShMdcMarkdown',
    props: {
      source: { type: String, default: '' },
      inline: { type: Boolean, default: false },
    },
    setup(props) {
      return () =>
        h(MDC, {
          value: props.source,
          tag: props.inline ? 'span' : 'div',
          // Inline text (a question, a title) must not become a paragraph inside a button or heading.
          unwrap: props.inline ? 'p' : false,
        })
    },
  })
}
