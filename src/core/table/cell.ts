import { isExternalUrl, safeUrl } from '../url'
import type { ResolvedColumn } from './columns'
import { highlight, type TextSegment } from './highlight'
import { displayText, linkTarget } from './values'

export interface CellView {
  /** The shown text split into plain and search-matched parts. */
  segments: TextSegment[]
  /** A safe link target, when the column links. */
  href?: string
  external: boolean
}

/** What one cell draws for the current search words (only `query` columns highlight). */
export function cellView<Row>(row: Row, column: ResolvedColumn<Row>, words: readonly string[]): CellView {
  const target = linkTarget(row, column)
  const href = target === undefined ? undefined : safeUrl(target)
  return { segments: highlight(displayText(row, column), column.query ? words : []), href, external: href ? isExternalUrl(href) : false }
}
