import type { IprDeclaration } from '../../src/core/ipr'

/**
 * Seeded, realistic IPR declarations for stories, tests and benchmarks: the
 * same seed gives the same rows. Invented companies and titles, but the
 * shapes of the real data: a dozen date formats, country spellings that mean
 * the same country, `-` and null placeholders, `\r\n` inside titles,
 * comma-grouped patent numbers. Not part of the public `sh-ui` entry.
 */
export function generateIprDeclarations(count: number, seed = 1): IprDeclaration[] {
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const out: IprDeclaration[] = []
  for (let i = 0; i < count; i++) {
    const company = pick(COMPANIES)
    const year = 1999 + Math.floor(random() * 22)
    const month = Math.floor(random() * 12)
    const day = 1 + Math.floor(random() * 28)
    const title = `${pick(TITLE_START)} ${pick(TITLE_OBJECT)} ${pick(TITLE_END)}`
    out.push({
      company,
      title: random() < 0.08 ? title.replace(' for ', ' for \r\n') : title,
      country_province: random() < 0.01 ? null : pick(COUNTRIES),
      application: random() < 0.4 ? '-' : String(100000 + Math.floor(random() * 900000)),
      patent: random() < 0.1 ? '-' : patentNumber(random),
      spec_ref: `${pick(SPECS)}${random() < 0.5 ? `, section ${1 + Math.floor(random() * 12)}.${1 + Math.floor(random() * 9)}` : ''}`,
      countries_applicable: pick(APPLICABLE),
      declaration_date: random() < 0.01 ? pick([null, '-'] as const) : formatDate(random, year, month, day),
      timestamp: `${Math.max(year, 2018)}-0${1 + (i % 9)}-1${i % 10} 1${i % 10}:4${i % 10}:0${i % 10}`,
    })
  }
  return out
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function patentNumber(random: () => number): string {
  const digits = String(5_000_000 + Math.floor(random() * 5_000_000))
  return random() < 0.7 ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** The date spellings of the real declarations, in roughly their proportions. */
function formatDate(random: () => number, year: number, month: number, day: number): string {
  const long = MONTHS[month]!
  const short = long.slice(0, 3)
  const yy = String(year % 100).padStart(2, '0')
  const roll = random()
  if (roll < 0.55) return `${day}-${short}-${yy}`
  if (roll < 0.8) return `${random() < 0.5 ? String(day).padStart(2, '0') : day} ${long}, ${year}`
  if (roll < 0.86) return `${short}-${yy}`
  if (roll < 0.9) return `${long}, ${year}`
  if (roll < 0.93) return `${day} ${short}. ${year}`
  if (roll < 0.96) return `${String(month + 1).padStart(2, '0')}/${String(day).padStart(2, '0')}/${year}`
  if (roll < 0.98) return `${day} ${long} ${year}`
  return `${long} ${day}. ${year}`
}

const COMPANIES = [
  'Nordlicht Mobile Oy', 'Kestrel Wireless Inc.', 'Pacifica Telecom Co., Ltd.', 'Halvard Networks AB', 'Sunmoor Electronics',
  'Brightwave Communications', 'Qorvex Incorporated', 'Lindqvist Systems GmbH', 'Maréchal Télécom SA', 'Hanbit Devices',
  'Oakridge Research Ltd', 'Zephyr Semiconductor', 'Tessaract Labs', 'Müller & Söhne AG', 'Cobalt Signal Corp.',
  'Aurelia Mobile', 'Rivermark Technologies, Inc.', 'Vantaa Radio Oy', 'Shinsei Communications', 'Personal IPR.\r\nIndependent inventor',
]

const TITLE_START = ['Method and apparatus for', 'System and method for', 'Device for', 'Process of', 'Techniques for', 'Arrangement for']
const TITLE_OBJECT = ['managing device objects', 'secure provisioning of', 'push messaging across', 'instant messaging in', 'location reporting of', 'firmware updates of', 'session setup in', 'billing events in']
const TITLE_END = ['a cellular network', 'constrained IoT devices', 'a public data network', 'a broadcast service', 'a device management tree', 'multiple terminals']

const COUNTRIES = ['USA', 'USA', 'United States', 'US', 'United States of America', 'CN', 'China', 'KR', 'Korea', 'EP', 'Europe', 'JP', 'Japan', 'WO', 'DE', 'Finland', 'FI', 'CA', 'The Netherlands', '-', '']

const APPLICABLE = ['US, JP', 'USA, Europe, Asia', 'US, EP, CN, JP, KR', 'Worldwide', 'EP, TW', 'US', '-', 'DE, FR, GB, IT, ES']

const SPECS = [
  'OMA-TS-LightweightM2M-V1_0', 'OMA-TS-DM_Protocol-V1_3', 'OMA-TS-PoC_UserPlane-V2_0', 'OMA-ERP-IMPS-V1_3', 'WAP WML Version 1.1',
  'OMA-TS-MMS_ENC-V1_3', 'OMA-TS-SUPL-V2_0', 'OMA-TS-DRM_DRM-V2_1', 'OMA-TS-BCAST_Services-V1_1', 'OMA-TS-CPM_Conv_Fnct-V2_0',
]
