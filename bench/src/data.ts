// Seeded generators for the benchmark pages: every library gets the very same rows and questions.
// Written for the bench (no real declarations copied); shaped like the OMA IPR data, including its
// dozen date spellings, country variants and "-" placeholders, so search and sort do realistic work.

export interface Declaration {
  company: string
  title: string
  country_province: string
  application: string
  patent: string
  spec_ref: string
  countries_applicable: string
  declaration_date: string | null
  timestamp: string
}

export interface Qa {
  q: string
  a: string
}

/** mulberry32: tiny, fast and the same sequence in Node and every browser. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COMPANIES = [
  'Nokia Corporation', 'Telefonaktiebolaget LM Ericsson', 'Qualcomm Incorporated', 'Huawei Technologies Co., Ltd.',
  'InterDigital Communications', 'Samsung Electronics Co., Ltd.', 'LG Electronics Inc.', 'Sony Corporation',
  'Motorola Mobility LLC', 'Intel Corporation', 'ZTE Corporation', 'BlackBerry Limited', 'Siemens AG',
  'Alcatel-Lucent', 'NTT DOCOMO, INC.', 'Orange SA', 'Vodafone Group', 'Gemalto N.V.', 'Sierra Wireless',
  'u-blox AG', 'Telit Communications', 'Panasonic Holdings', 'Sharp Corporation', 'NEC Corporation',
  'Fujitsu Limited', 'Kyocera Corporation', 'Zebra Technologies', 'Openwave Systems', 'Smith Micro Software',
  'Bitfone Corporation', 'Innovative Sonic Ltd.', 'Hewlett-Packard Company', 'Microsoft Corporation',
  'Apple Inc.', 'Google LLC', 'Thomson Licensing', 'Koninklijke Philips N.V.', 'Deutsche Telekom AG',
  'SK Telecom Co., Ltd.', 'KT Corporation', 'China Mobile Communications', 'Vivo Mobile Communication',
  'Oppo Guangdong Mobile', 'Xiaomi Inc.', 'Lenovo Group', 'Arm Limited', 'Itron Inc.', 'Landis+Gyr AG',
  'Société Générale de Télécom', 'Nordic Semiconductor ASA',
]
const COUNTRIES = [
  'Finland', 'Sweden', 'USA', 'US', 'United States', 'China', 'Korea', 'South Korea', 'Japan', 'JP', 'Germany',
  'France', 'Canada', 'United Kingdom', 'Netherlands', 'Taiwan', 'Switzerland', 'Israel', '-', '',
]
const APPLICABLE = ['US', 'US, EP', 'US, EP, JP', 'Worldwide', 'EP, CN, KR', 'US, CN', 'All', '-', 'JP, KR', 'DE, FR, GB']
const SPECS = [
  'OMA-TS-LightweightM2M-V1_0', 'OMA-TS-LightweightM2M_Core-V1_1', 'OMA-TS-LightweightM2M_Transport-V1_2',
  'OMA-TS-DM_Protocol-V1_2', 'OMA-TS-DM_Protocol-V1_3', 'OMA-TS-DM_TND-V1_2', 'OMA-ERP-FUMO-V1_0',
  'OMA-TS-SCOMO-V1_0', 'OMA-TS-MMS_ENC-V1_3', 'OMA-TS-PoC_UserPlane-V2_0', 'OMA-TS-SUPL-V2_0',
  'OMA-TS-ULP-V3_0', 'OMA-TS-DRM_DRM-V2_1', 'OMA-TS-BCAST_Services-V1_1', 'OMA-TS-Presence_SIMPLE-V2_0',
  'OMA-TS-CPM_Conv_Fnct-V2_2', 'OMA-TS-DS_Protocol-V1_2', 'OMA-TS-IM_SIMPLE-V1_0',
]
const VERBS = ['Method and apparatus for', 'System and method for', 'Device for', 'Arrangement for', 'Technique for', 'Method of']
const OBJECTS = [
  'managing firmware updates', 'registering a client device', 'provisioning device credentials', 'observing resource changes',
  'bootstrapping a machine-to-machine client', 'reporting location', 'delivering push notifications', 'synchronising data',
  'securing over-the-air management', 'encoding multimedia messages', 'controlling access to objects',
  'compressing sensor readings', 'negotiating transport bindings', 'handling queued requests', 'billing data usage',
]
const CONTEXTS = [
  'in a wireless network', 'over a constrained network', 'using a server-initiated session', 'in a mobile terminal',
  'with reduced signalling', 'in an IoT gateway', 'for low-power devices', 'across roaming networks', '',
]
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const MON = MONTHS.map((m) => m.slice(0, 3))

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T
}

function digits(rnd: () => number, count: number): string {
  let out = ''
  for (let i = 0; i < count; i++) out += Math.floor(rnd() * 10)
  return out
}

function grouped(n: string): string {
  return n.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** The date spellings seen in the real declarations, chosen at random. */
function declarationDate(rnd: () => number): string | null {
  const year = 1998 + Math.floor(rnd() * 27)
  const month = Math.floor(rnd() * 12)
  const day = 1 + Math.floor(rnd() * 28)
  const yy = String(year % 100).padStart(2, '0')
  switch (Math.floor(rnd() * 14)) {
    case 0: return `${day}-${MON[month]}-${yy}`
    case 1: return `${day} ${MONTHS[month]}, ${year}`
    case 2: return `${MON[month]}-${yy}`
    case 3: return `${MONTHS[month]}, ${year}`
    case 4: return `${day} ${MON[month]}. ${year}`
    case 5: return `${month + 1}/${day}/${year}`
    case 6: return `${day} ${MONTHS[month]} ${year}`
    case 7: return `${day}-${MON[month]}`
    case 8: return `${MONTHS[month]} ${day}. ${year}`
    case 9: return '-'
    case 10: return null
    default: return `${day}-${MON[month]}-${yy}`
  }
}

function patentNumber(rnd: () => number): string {
  switch (Math.floor(rnd() * 5)) {
    case 0: return `US ${grouped(digits(rnd, 7))}`
    case 1: return `EP${digits(rnd, 7)}`
    case 2: return `JP${2000 + Math.floor(rnd() * 20)}-${digits(rnd, 6)}`
    case 3: return `KR10-${digits(rnd, 7)}`
    default: return rnd() < 0.5 ? '-' : `CN${digits(rnd, 9)}`
  }
}

/** `count` declarations, identical for a given seed in every page and in Node. */
export function declarations(count: number, seed = 1447): Declaration[] {
  const rnd = random(seed)
  const rows: Declaration[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const context = pick(rnd, CONTEXTS)
    const title = `${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)}${context ? ` ${context}` : ''}`
    const app = rnd() < 0.15 ? '-' : `${pick(rnd, ['US', 'EP', 'PCT/US', 'JP', 'CN'])} ${digits(rnd, 2)}/${grouped(digits(rnd, 6))}`
    const within = (n: number) => Math.floor(rnd() * n)
    const stamp = new Date(Date.UTC(2004 + within(20), within(12), 1 + within(28), within(24), within(60)))
    rows[i] = {
      company: pick(rnd, COMPANIES),
      title: rnd() < 0.05 ? `${title}\r\n(continuation)` : title,
      country_province: pick(rnd, COUNTRIES),
      application: app,
      patent: patentNumber(rnd),
      spec_ref: pick(rnd, SPECS),
      countries_applicable: pick(rnd, APPLICABLE),
      declaration_date: declarationDate(rnd),
      timestamp: stamp.toISOString().slice(0, 19).replace('T', ' '),
    }
  }
  return rows
}

const TOPICS = [
  'LwM2M', 'the bootstrap server', 'object registration', 'firmware update', 'the IPR policy', 'membership fees',
  'test fests', 'the OMA DevNet', 'specification releases', 'interoperability testing', 'the Object Registry',
  'working group meetings', 'certification', 'the LwM2M Gateway', 'security modes',
]
const ASKS = ['What is', 'How do I use', 'Who maintains', 'Where can I find', 'When was', 'Why should I care about', 'How much does it cost to join']
const SENTENCES = [
  'OMA SpecWorks publishes the specification free of charge for anyone to implement.',
  'Members take part in the working groups and vote on the final text of each release.',
  'The registry lists every object with its resources, their types and the operations they allow.',
  'Devices that pass the test fest cases can be listed in the public certification programme.',
  'Contact the staff through the member portal; replies usually arrive within two working days.',
  'A server can observe a resource and receive a notification whenever its value changes.',
  'The bootstrap interface provisions the credentials a client needs before it registers.',
  'Older releases remain available in the archive together with their change requests.',
]

/** `count` question/answer pairs with unique questions, the same for a given seed. */
export function faqItems(count: number, seed = 50): Qa[] {
  const rnd = random(seed)
  const items: Qa[] = []
  for (let i = 0; i < count; i++) {
    const sentences = 2 + Math.floor(rnd() * 4)
    const answer: string[] = []
    for (let s = 0; s < sentences; s++) answer.push(pick(rnd, SENTENCES))
    items.push({ q: `${pick(rnd, ASKS)} ${pick(rnd, TOPICS)} (${i + 1})?`, a: answer.join(' ') })
  }
  return items
}
