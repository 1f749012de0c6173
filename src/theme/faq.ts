import type { ThemeStates } from '../core/ui'

/**
 * Default classes of ShFaq, one entry per `data-slot`. The first ten keys are
 * those of the original content (`header.*`, `wrapper`, `inner`, `question`,
 * `q`, `answer`, `a`, `divider`, `icon`); the rest style what ShFaq adds.
 */
const theme = {
  /** The whole block (`<section>`); the `class` attribute merges here. */
  root: 'my-6 font-sh text-sh-fg [&_::highlight(sh-faq-match)]:bg-sh-mark [&_::highlight(sh-faq-match)]:text-sh-mark-fg',
  header: {
    wrapper: 'mb-4',
    title: 'text-2xl font-bold text-sh-fg',
  },
  /** Search box and expand/collapse buttons. */
  toolbar: 'mb-4 flex flex-wrap items-center gap-2 print:hidden',
  search:
    'min-w-0 flex-1 basis-56 rounded-sh border border-sh-border bg-sh-surface px-3 py-2 text-sh-fg placeholder:text-sh-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sh-focus',
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
  question: 'm-0 flex items-center gap-2 text-base font-semibold',
  button:
    'flex min-h-11 flex-1 cursor-pointer items-center justify-between gap-3 rounded-sh py-3 text-start text-sh-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sh-focus',
  /** The question text. */
  q: 'min-w-0',
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
  /** The answer's content. */
  a: 'pb-4 leading-relaxed text-sh-fg [&_a]:text-sh-link [&_a]:underline [&_a:hover]:text-sh-link-hover [&_p+p]:mt-3 [&_ul]:list-disc [&_ol]:list-decimal [&_:is(ul,ol)]:my-2 [&_:is(ul,ol)]:ps-6',
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
