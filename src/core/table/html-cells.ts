import { htmlToText, sanitizeCellHtml } from '../sanitize'
import type { HtmlCellRenderer } from './columns'

/**
 * sh-ui's HTML cell renderer: markup in table cells through the allow-list sanitiser of `sanitize.ts` (links
 * with safe URLs, inline emphasis, code, line breaks; nothing executable), and its visible text for search,
 * sort, quick filters and exports. Opt-in, like `ShMarkdown`: `app.use(ShUi, { htmlCells })`; sh-ui/nuxt sets it.
 */
export const htmlCells: HtmlCellRenderer = { html: sanitizeCellHtml, text: htmlToText }
