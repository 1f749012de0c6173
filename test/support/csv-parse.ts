/** A strict RFC 4180 reader for round-trip tests: quoted fields, doubled quotes, CRLF records. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') {
      if (field) throw new Error(`quote inside an unquoted field at ${i}`)
      quoted = true
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else if (char === '\n' || char === '\r') {
      throw new Error(`bare line break at ${i}: records must end with CRLF`)
    } else field += char
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (field || row.length) rows.push([...row, field])
  return rows
}
