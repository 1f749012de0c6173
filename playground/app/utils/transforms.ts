// Table transforms as a site writes them: each takes what the table fetched
// (an XML registry as text, a JSON document parsed) and returns rows. Pages
// name them (`transformRawData: filterDDFObjects`); the app's plugin provides
// them (../plugins/transforms.ts). Written for this project; the OMA site's
// own plugin code is not copied. Also run over the real registry files in test/mdc.

type Row = Record<string, unknown>

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Text content of an XML element body: comments dropped, CDATA taken as is, entities decoded elsewhere. */
function xmlText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : part.replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => ENTITIES[name]!)))
    .join('')
    .trim()
}

/** Every `<Item>` of a registry file as a record of its child elements' text (and its attributes). */
function xmlItems(xml: string): Row[] {
  const items: Row[] = []
  for (const [, attributes, body] of xml.matchAll(/<Item\b([^>]*)>([\s\S]*?)<\/Item>/g)) {
    const item: Row = {}
    for (const [, name, value] of attributes!.matchAll(/(\w+)="([^"]*)"/g)) item[name!] = value
    for (const [, name, value] of body!.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\w+)\b[^>]*>([\s\S]*?)<\/\1>/g)) item[name!] = xmlText(value!)
    items.push(item)
  }
  return items
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const link = (href: string, label: string) => `<a href="${escapeAttribute(href)}">${escapeAttribute(label)}</a>`

/** The object registry (DDF.xml): one row per object, its definition file as an HTML link cell when the registry shows it. */
export function filterDDFObjects(raw: unknown): Row[] {
  if (typeof raw !== 'string') throw new TypeError(`filterDDFObjects expects the registry XML as text, got ${typeof raw}`)
  return xmlItems(raw).map((item) => ({
    ObjectID: Number(item.ObjectID),
    Name: item.Name,
    Owner: item.Owner,
    Version: item.Ver,
    DDF: item.DDFLink !== '0' && item.DDF ? link(`https://example.org/registry/${String(item.DDF)}`, 'XML') : '',
  }))
}

/** The reusable resources registry (Common.xml): one row per resource. */
export function filterCommonObjects(raw: unknown): Row[] {
  if (typeof raw !== 'string') throw new TypeError(`filterCommonObjects expects the registry XML as text, got ${typeof raw}`)
  return xmlItems(raw).map((item) => ({
    ID: Number(item.ID),
    Name: item.Name,
    Type: item.Type,
    Operations: item.Operations,
    Submitter: item.Submitter,
  }))
}

/** The enablers document (enablers.json): one row per enabler, its resources as links (`type: subs`, `typeData: "tsLink"`). */
export function filterOmaEnablers(raw: unknown): Row[] {
  const enablers = (raw as { enablers?: unknown } | null)?.enablers
  if (!Array.isArray(enablers)) throw new TypeError('filterOmaEnablers expects a JSON object with an `enablers` list')
  type Enabler = { name?: string; abbreviation?: string; data?: { resources?: Array<{ name?: string; url?: string }> } }
  return enablers.map((enabler: Enabler) => ({
    name: enabler.name,
    abbreviation: enabler.abbreviation,
    resources: (enabler.data?.resources ?? []).map((resource) => ({ tsLink: link(String(resource.url ?? ''), String(resource.name ?? resource.url)) })),
  }))
}
