import type { ThemeStates } from '../core/ui'

/**
 * Default classes of ShFaq, one entry per `data-slot`. The first ten keys are
 * those of the original content (`header.*`, `wrapper`, `inner`, `question`,
 * `q`, `answer`, `a`, `divider`, `icon`); the rest style what ShFaq adds.
 */
const theme = {
  /**
   * The whole block (`<section>`); the `class` attribute merges here. `not-prose`: a page's Tailwind Typography
   * (`prose`) leaves the block to this theme, whose `prose` keys style the answers.
   */
  root: 'not-prose my-6 font-sh text-sh-fg [&_::highlight(sh-faq-match)]:bg-sh-mark [&_::highlight(sh-faq-match)]:text-sh-mark-fg',
  header: {
    wrapper: 'mb-4',
    title: 'text-2xl font-bold text-sh-fg',
  },
  /** Search box and expand/collapse buttons. */
  toolbar: 'mb-4 flex flex-wrap items-end gap-2 print:hidden',
  /** The search box's label and field, stacked. */
  searchField: 'flex min-w-0 flex-1 basis-56 flex-col gap-1',
  /** The visible label of the search box (its text is `labels.search`). */
  searchLabel: 'text-sm font-medium text-sh-fg',
  /** The search input. */
  search:
    'w-full min-w-0 rounded-sh border border-sh-border bg-sh-surface px-3 py-2 text-sh-fg placeholder:text-sh-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sh-focus',
  controls: 'flex flex-wrap gap-2',
  control:
    'cursor-pointer rounded-sh border border-sh-border bg-sh-surface px-3 py-2 text-sm font-medium text-sh-fg hover:bg-sh-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sh-focus',
  /** Visually hidden live region announcing "N of M questions". */
  status: 'sr-only',
  /** The container of the items. */
  wrapper: 'rounded-sh border border-sh-border bg-sh-surface',
  /** One question and its answer. */
  inner: 'scroll-mt-4 px-4',
  /** The heading holding the question's button (and its copy-link anchor). */
  question: 'm-0 flex min-w-0 items-center gap-2 text-base font-semibold text-sh-fg',
  /**
   * The question's toggle; the ring's offset keeps it clear of the text without the button overhanging the item.
   * Its text takes the question's colour, so a writer's `ui.question: "text-blue-500"` colours it as on the OMA pages.
   */
  button:
    'flex min-h-11 min-w-0 flex-1 cursor-pointer items-center justify-between gap-3 rounded-sh py-3 text-start text-inherit focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sh-focus',
  /** The question text; long words break rather than push the copy-link anchor out of a phone-wide heading. */
  q: 'min-w-0 [overflow-wrap:anywhere]',
  icon: 'size-5 shrink-0 text-sh-muted motion-safe:transition-transform motion-safe:duration-200 [[aria-expanded=true]>&]:rotate-180 print:hidden',
  /** The copy-link anchor next to each question. */
  link:
    'shrink-0 rounded-sh px-1 text-sh-muted no-underline hover:text-sh-link focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sh-focus print:hidden',
  /**
   * The answer region. Closed answers keep `hidden="until-found"` (find in
   * page and search engines still see them); height animates from 0 to auto
   * in CSS alone and not at all under reduced motion; print shows them all.
   */
  answer:
    'overflow-clip [interpolate-size:allow-keywords] [&[hidden]]:h-0 motion-safe:transition-[height,content-visibility] motion-safe:duration-200 motion-safe:[transition-behavior:allow-discrete] print:transition-none print:[&[hidden]]:h-auto print:[&[hidden]]:[content-visibility:visible]',
  /** The answer's content; the `prose` keys below style the markdown inside it. */
  a: 'pb-4 leading-relaxed text-sh-fg',
  /**
   * Markdown inside answers (and a standalone ShFaqItem), one key per kind of
   * element, applied with `a`: override one kind (`ui.prose.table`) without
   * restating the others. Each default is one utility of styles/theme.css
   * whose rules sit in `:where()`, so a writer's class for the same elements
   * (`[&_a]:text-blue-700`) wins by specificity whether merged or replacing it.
   */
  prose: {
    paragraphs: 'sh-prose-paragraphs',
    headings: 'sh-prose-headings',
    links: 'sh-prose-links',
    lists: 'sh-prose-lists',
    /** Inline code. */
    code: 'sh-prose-code',
    /** Code blocks: a tinted, padded box that scrolls sideways instead of widening the page. */
    pre: 'sh-prose-pre',
    /** Tables scroll sideways on narrow screens; every cell has a border and padding. */
    table: 'sh-prose-table',
    blockquote: 'sh-prose-blockquote',
    img: 'sh-prose-img',
    hr: 'sh-prose-hr',
  },
  /** Between two items, never after the last. */
  divider: 'mx-4 border-0 border-t border-sh-border',
  /** A search match inside plain text. */
  highlight: 'rounded-sm bg-sh-mark px-0.5 text-sh-mark-fg',
  /** Shown when the search matches nothing. */
  empty: 'px-4 py-6 text-sh-muted',
}

export default theme

/** None: open/closed is styled through `aria-expanded` and `hidden` selectors in the leaves. */
export const states = {} satisfies ThemeStates<typeof theme>
