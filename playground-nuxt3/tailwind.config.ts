import type { Config } from 'tailwindcss'

// Writers put Tailwind classes in the pages' `ui` maps: Tailwind 3 must see those pages to generate them.
export default <Partial<Config>>{
  content: ['../playground/content/**/*.md'],
}
