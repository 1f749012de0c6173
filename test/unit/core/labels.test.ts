import { describe, expect, it } from 'vitest'
import { dataTableLabels, faqLabels, faqResultsText, fillTemplate, resolveLabels, tableResultsText } from '../../../src/core/labels'

describe('labels', () => {
  it('given known and unknown placeholders when filled then known ones are replaced and unknown ones stay', () => {
    expect(fillTemplate('Page {page} of {pages}', { page: 2 })).toBe('Page 2 of {pages}')
  })

  it('given a value with replacement patterns when filled then it is inserted literally', () => {
    expect(fillTemplate(faqLabels.copyLink, { question: 'Costs $& more?' })).toBe('Link to “Costs $& more?”')
  })

  it('given overrides with wrong types and unknown keys when resolved then only the strings for known keys apply', () => {
    const labels = resolveLabels(faqLabels, { search: 'Suchen', empty: 3, extra: 'x', expandAll: undefined })
    expect(labels.search).toBe('Suchen')
    expect(labels.empty).toBe(faqLabels.empty)
    expect(labels.expandAll).toBe('Expand all')
    expect(labels).not.toHaveProperty('extra')
    expect(resolveLabels(dataTableLabels, 'nonsense')).toBe(dataTableLabels)
  })

  it('given a search result when announced then the FAQ says how many of how many questions', () => {
    expect(faqResultsText(faqLabels, 3, 12)).toBe('3 of 12 questions')
  })

  it('given table results with active filters when announced then the count and the filters are read', () => {
    expect(tableResultsText(dataTableLabels, 1, [])).toBe('1 result')
    expect(tableResultsText(dataTableLabels, 4, ['Country (2)', 'Year (1)'])).toBe('4 results, filtered by Country (2), Year (1)')
  })
})
