import { isExternalUrl, safeUrl } from '../url'
import type { ResolvedColumn } from './columns'
import { highlightSegments, searchFolding, type TextSegment } from '../text'
import { displayText, htmlOf, linkTarget, rawValue } from './values'

export interface CellView {
  /** The shown text split into plain and search-matched parts. */
  segments: TextSegment[]
  /** A safe link target, when the column links. */
  href?: string
  external: boolean
  /** Safe HTML (from the app's `htmlCells` renderer) to render instead of the segments, when the value holds markup. */
  html?: string
}

/** What one cell draws for the current search words (only `query` columns highlight). */
export function cellView<Row>(row: Row, column: ResolvedColumn<Row>, words: readonly string[]): CellView {
  const markup = htmlOf(rawValue(row, column), column)
  // Markup is shown as its safe HTML, without search marks: a mark must not split a tag.
  if (markup !== undefined) return { segments: [], html: column.htmlCells!.html(markup), external: false }
  const target = linkTarget(row, column)
  const href = target === undefined ? undefined : safeUrl(target)
  const segments = highlightSegments(displayText(row, column), column.query ? words : [], searchFolding)
  return { segments, href, external: href ? isExternalUrl(href) : false }
}
