/** Seeded publication-like rows (file name, enabler, status, version, date, url) for ShDataTable stories. */
export function generateDocuments(count: number, seed = 1): Array<Record<string, string>> {
  let state = seed
  const random = () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  return Array.from({ length: count }, () => {
    const enabler = pick(ENABLERS)
    const version = `V${1 + Math.floor(random() * 2)}_${Math.floor(random() * 4)}`
    const date = `${2004 + Math.floor(random() * 20)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
    const status = pick(['Approved', 'Candidate', 'Historic'])
    const type = pick(TYPES)
    const fileName = `OMA-${type.code}-${enabler[0]}-${version}-${date.replace(/-/g, '')}-${status[0]}.pdf`
    return {
      fileName,
      enablerName: enabler[1],
      enablerAbbreviation: enabler[0],
      status,
      version: version.replace('_', '.'),
      releaseDate: date,
      docType: type.name,
      url: `https://example.org/release/${enabler[0]}/${fileName}`,
    }
  })
}

const ENABLERS = [
  ['LightweightM2M', 'Lightweight Machine to Machine'],
  ['DM', 'Device Management'],
  ['SUPL', 'Secure User Plane Location'],
  ['MMS', 'Multimedia Messaging Service'],
  ['BCAST', 'Mobile Broadcast Services'],
  ['PoC', 'Push to talk over Cellular'],
] as const

const TYPES = [
  { code: 'TS', name: 'Technical Specification' },
  { code: 'ER', name: 'Enabler Release' },
  { code: 'RD', name: 'Requirements Document' },
  { code: 'AD', name: 'Architecture Document' },
] as const

/** Seeded people shaped like the `users` of the ShDynamicTable guidelines page (email, date and number columns). */
export function generateUsers(count: number, seed = 1): Array<Record<string, string | number>> {
  let state = seed
  const random = () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  return Array.from({ length: count }, (_, id) => {
    const firstName = pick(['Ana', 'Björn', 'Chen', 'Dalia', 'Émile', 'Farah', 'Goran', 'Hina', 'Ivo', 'Jonas'])
    const lastName = pick(['Kovač', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Perez', 'Quist', 'Rossi'])
    const year = 1960 + Math.floor(random() * 45)
    return {
      id: id + 1,
      firstName,
      lastName,
      username: `${firstName}${lastName}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
      email: `${firstName}.${lastName}@example.org`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
      gender: pick(['female', 'male']),
      birthDate: `${year}-${1 + Math.floor(random() * 12)}-${1 + Math.floor(random() * 28)}`,
      age: 2026 - year,
    }
  })
}
