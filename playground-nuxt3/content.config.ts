import { fileURLToPath } from 'node:url'
import { defineCollection, defineContentConfig, z } from '@nuxt/content'

// The pages of ../playground: every block pattern of the site's pages, rendered here on the site's stack;
// with SH_UI_OMA_FIXTURES, the real OMA pages instead (scripts/test-oma-pages.mjs).
const oma = process.env.SH_UI_OMA_FIXTURES
export default defineContentConfig({
  collections: {
    content: defineCollection({
      type: 'page',
      source: { cwd: oma ? `${oma}/content` : fileURLToPath(new URL('../playground/content', import.meta.url)), include: '**/*.md' },
      // Front-matter fields the pages bind with `{{ $doc.… }}`.
      schema: z.object({ owner: z.string().optional(), constructorName: z.string().optional() }),
    }),
  },
})
