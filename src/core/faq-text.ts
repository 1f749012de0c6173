/*
 * Plain text out of the markdown subset FAQ content uses. Only for text
 * output (search index, JSON-LD, the no-renderer fallback): nothing here is
 * ever inserted as HTML, so stripping by pattern is safe; rendering markdown
 * is left to a real parser (ShMarkdown).
 */

import { decodeEntities } from './entities'

/** Inline markup removed, line structure kept. */
function stripInline(line: string): string {
  return decodeEntities(
    line
      .replace(/<\/?br\s*\/?>/gi, '\n')
      .replace(/<(script|style|iframe|template|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)(\{[^}]*\})?/g, '$1')
      .replace(/`+([^`]*)`+/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1'),
  )
}

const LIST_ITEM = /^\s*(?:[*+-]|\d+[.)])\s+/
const HARD_BREAK = / {2,}$|\\$/

/**
 * Paragraphs, each a list of lines: blank lines separate paragraphs, list
 * items and hard breaks (two trailing spaces, `\`, `<br>`) start a new line,
 * other newlines are soft wraps joined by a space as markdown would.
 */
export function textParagraphs(source: unknown): string[][] {
  if (typeof source !== 'string' || !source.trim()) return []
  const paragraphs: string[][] = []
  let lines: string[] = []
  let breakNext = true
  const flush = () => {
    const kept = lines.map((line) => line.trim()).filter(Boolean)
    if (kept.length) paragraphs.push(kept)
    lines = []
    breakNext = true
  }
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (!raw.trim()) {
      flush()
      continue
    }
    const isItem = LIST_ITEM.test(raw)
    const content = raw
      .replace(LIST_ITEM, isItem ? '• ' : '')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
    const parts = stripInline(content.replace(HARD_BREAK, '')).split('\n')
    parts.forEach((part, index) => {
      if (breakNext || isItem || index > 0 || !lines.length) lines.push(part)
      else lines[lines.length - 1] += ` ${part.trim()}`
      breakNext = false
    })
    breakNext = HARD_BREAK.test(raw) || /<\/?br\s*\/?>\s*$/i.test(raw)
  }
  flush()
  return paragraphs
}

/** Single-string plain text: paragraphs and lines joined by spaces/newlines. */
export function markdownToText(source: unknown): string {
  return textParagraphs(source)
    .map((lines) => lines.join('\n'))
    .join('\n\n')
}

/** Inline content (a question, a title) as one line of plain text. */
export function inlineText(source: unknown): string {
  return textParagraphs(source)
    .flat()
    .join(' ')
}
