import { defineCollection, defineContentConfig, z } from '@nuxt/content'

export default defineContentConfig({
  collections: {
    content: defineCollection({
      type: 'page',
      source: '**/*.md',
      // Front-matter fields the pages bind with `{{ $doc.… }}`, as the OMA guidelines bind `constructorName`.
      schema: z.object({ owner: z.string().optional() }),
    }),
  },
})
