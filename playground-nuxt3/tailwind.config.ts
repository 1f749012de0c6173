import type { Config } from 'tailwindcss'

// Writers put Tailwind classes in the pages' `ui` maps: Tailwind 3 must see those pages to generate them,
// as the site's own Tailwind sees its content/ (with SH_UI_OMA_FIXTURES, the real OMA pages).
const oma = process.env.SH_UI_OMA_FIXTURES
export default <Partial<Config>>{
  content: ['../playground/content/**/*.md', ...(oma ? [`${oma}/content/**/*.md`] : [])],
}
