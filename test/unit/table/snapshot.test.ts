import { describe, expect, it } from 'vitest'
import { resolveColumns } from '../../../src/core/table/columns'
import { TableIndex } from '../../../src/core/table/engine'
import { rowKeyFunction } from '../../../src/core/table/row-key'
import { makeSnapshot, readSnapshot, snapshotResult } from '../../../src/core/table/snapshot'

type Document = { fileName: string; url: string; enablerName: string; status: string; releaseDate: string; description: string }

/** The technical-documents page's shape: 2,719 rows, each with a long description no column shows. */
const documents: Document[] = Array.from({ length: 2719 }, (_, i) => ({
  fileName: `OMA-TS-DOC${i}-V1_0.pdf`,
  url: `https://example.org/release/DOC${i}.pdf`,
  enablerName: `Enabler ${i % 220}`,
  status: i % 3 ? 'Approved' : 'Candidate',
  releaseDate: `${2001 + (i % 24)}-02-10`,
  description: 'A long abstract of the document. '.repeat(10),
}))
const columns = resolveColumns<Document>(
  [
    { name: 'fileName', title: 'File Name', type: 'url', typeData: ['url'], query: true },
    { name: 'enablerName', title: 'Enabler Name', query: true },
    { name: 'status', title: 'Status', filter: true, query: true },
    { name: 'releaseDate', title: 'Year', filter: true, hide: true, formatColumValue: 'DY' },
  ],
  documents[0],
  'Test',
)

/** The first page of 25 as the server renders it: default state, rows keyed by position. */
function firstPage(wholeRows = false) {
  const index = new TableIndex(documents, columns)
  const result = index.query({})
  const page = result.indices.subarray(0, 25)
  const keyOf = rowKeyFunction<Document>(undefined, documents[0])
  const snapshot = makeSnapshot({ rows: documents, columns, result, page, keyOf, wholeRows })
  return { result, snapshot }
}

describe('table snapshot', () => {
  it('given 2,719 rows when the first page is snapshotted then it holds 25 rows, the total and the facets, and is a small part of the data', () => {
    const { result, snapshot } = firstPage()
    expect(snapshot.rows).toHaveLength(25)
    expect(snapshot.keys).toEqual(Array.from({ length: 25 }, (_, i) => i))
    expect(snapshot.total).toBe(2719)
    expect(snapshot.rowCount).toBe(2719)
    expect(snapshot.facets.map((facet) => facet.name)).toEqual(['status', 'releaseDate'])
    expect(snapshot.facets[0]!.values).toEqual(result.facets[0]!.values)
    expect(JSON.stringify(snapshot).length).toBeLessThan(JSON.stringify(documents).length / 50)
  })

  it('given rows with a field no column reads when snapshotted then the rows carry only the fields the columns and links read', () => {
    const { snapshot } = firstPage()
    expect(snapshot.rows[0]).toEqual({ fileName: 'OMA-TS-DOC0-V1_0.pdf', url: 'https://example.org/release/DOC0.pdf', enablerName: 'Enabler 0', status: 'Candidate', releaseDate: '2001-02-10' })
  })

  it('given a table with cell slots when snapshotted with whole rows then every field is kept', () => {
    const { snapshot } = firstPage(true)
    expect(snapshot.rows[0]).toBe(documents[0])
  })

  it('given a snapshot through JSON when read back then it gives the same first page, total and facets', () => {
    const { result, snapshot } = firstPage()
    const read = readSnapshot(JSON.parse(JSON.stringify(snapshot)))!
    const shown = snapshotResult(read, columns)
    expect(Array.from(shown.indices, (i) => (read.rows[i] as Document).fileName)).toEqual(documents.slice(0, 25).map((row) => row.fileName))
    expect(shown.facets.map((facet) => [facet.column, facet.values])).toEqual(result.facets.map((facet) => [facet.column, facet.values]))
  })

  it('given a response (a list of rows, or an object) when read as a snapshot then it is not one', () => {
    expect(readSnapshot(documents)).toBeUndefined()
    expect(readSnapshot({ rows: [], total: 0 })).toBeUndefined()
    expect(readSnapshot(undefined)).toBeUndefined()
  })
})
