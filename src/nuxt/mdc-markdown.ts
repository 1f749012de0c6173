import { defineComponent, h, type Component } from 'vue'

/**
 * Elements that could embed, restyle or script the page. MDC already neutralises
 * `<script>`, `on*` attributes and `javascript:` URLs; these go too, so markdown
 * in props is held to the same rules as with the built-in renderer.
 */
const UNSAFE = new Set(['style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'link', 'meta', 'form', 'script', 'noscript'])

interface HastNode {
  type: string
  tagName?: string
  children?: HastNode[]
}

function dropUnsafe(node: HastNode): void {
  if (!node.children) return
  node.children = node.children.filter((child) => !(child.type === 'element' && UNSAFE.has(String(child.tagName).toLowerCase())))
  node.children.forEach(dropUnsafe)
}

/** @nuxtjs/mdc `parseMarkdown` options: a rehype step removing the unsafe elements. */
export const MDC_PARSER_OPTIONS = {
  rehype: { plugins: { shUiDropUnsafe: { instance: () => dropUnsafe } } },
}

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
          parserOptions: MDC_PARSER_OPTIONS,
        })
    },
  })
}
