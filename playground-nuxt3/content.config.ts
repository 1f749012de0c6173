import { fileURLToPath } from 'node:url'
import { defineCollection, defineContentConfig } from '@nuxt/content'

// The pages of ../playground: every block pattern of the site's pages, rendered here on the site's stack.
export default defineContentConfig({
  collections: {
    content: defineCollection({
      type: 'page',
      source: { cwd: fileURLToPath(new URL('../playground/content', import.meta.url)), include: '**/*.md' },
    }),
  },
})
