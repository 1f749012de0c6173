import { ATTACKER } from './xss-corpus'

/** Installed before any content: payloads report through `__x(id)`; dialogs and print are recorded, never shown. */
export const HOOKS = `window.__hits=[];window.__x=function(id){__hits.push('x'+id)};
['alert','confirm','prompt','print'].forEach(function(n){window[n]=function(a){__hits.push(n+':'+a)}});`

export interface Findings {
  /** Payload ids (or dialog calls) that ran. */
  executed: string[]
  /** Requests that reached for the attacker origin. */
  leaks: string[]
  /** Markup that could run or hijack without having fired here. */
  unsafe: string[]
}

type HookedWindow = Window & typeof globalThis & { __hits?: string[]; __x?: unknown }

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'about:'])
const FORBIDDEN = 'script:not([type="application/ld+json"]),iframe,frame,object,embed,link,style,base,meta,form,[formaction],svg:not([data-slot]),math,template,noscript,video,audio,source,marquee,details,textarea,select'

const CLEAN_DOCUMENT = document.implementation.createHTMLDocument('')
/** Window members before any content (the named-properties object would count element ids as members). */
const CLEAN_WINDOW = new Set(
  [window, Window.prototype, EventTarget.prototype, Object.prototype].flatMap((object) => Object.getOwnPropertyNames(object)),
)

function safeStyle(style: CSSStyleDeclaration, base: string): boolean {
  if ([...style].some((property) => !property.startsWith('background'))) return false
  const urls = [...style.backgroundImage.matchAll(/url\("((?:[^"\\]|\\.)*)"\)/g)].map((match) => match[1]!)
  return urls.length <= 1 && urls.every((url) => SAFE_PROTOCOLS.has(new URL(url, base).protocol) || /^data:image\//i.test(url))
}

/** Fires what payloads listen for: hover, focus, pointer and the event the restricted-characters payload arms. */
export function provoke(win: Window & typeof globalThis, root: Element): void {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    for (const type of ['mouseover', 'pointerenter', 'focus', 'animationstart']) el.dispatchEvent(new win.Event(type))
    el.focus?.()
  }
  win.dispatchEvent(new win.Event('deviceorientationabsolute'))
}

/** What ran, what leaked, and what in `root` is unsafe although it did not fire. */
export function inspect(win: HookedWindow, root: Element, expected: { base: string; href: string }): Findings {
  const executed = [...(win.__hits ?? [])]
  const leaks = win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(ATTACKER))
  const unsafe: string[] = []
  const doc = root.ownerDocument
  if (typeof win.__x !== 'function') unsafe.push('global __x clobbered')
  if (typeof doc.getElementById !== 'function') unsafe.push('document.getElementById clobbered')
  if (doc.baseURI !== expected.base) unsafe.push(`base URL changed to ${doc.baseURI}`)
  if (win.location.href !== expected.href) unsafe.push(`navigated to ${win.location.href}`)
  for (const el of root.querySelectorAll(FORBIDDEN)) {
    // The components' own controls (search box, page-size select, chevrons) carry data-slot; content never does.
    if (!el.hasAttribute('data-slot') && !el.closest('[data-slot=search]')) unsafe.push(`<${el.tagName.toLowerCase()}>`)
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on') || attr.name === 'formaction') unsafe.push(`${el.tagName} ${attr.name}`)
      // Segment backgrounds set a style on purpose: one background image at a safe URL, no other declaration.
      if (attr.name === 'style' && !safeStyle((el as HTMLElement).style, doc.baseURI)) unsafe.push(`${el.tagName} style=${attr.value}`)
      if (['href', 'src', 'action', 'data', 'poster', 'background', 'xlink:href'].includes(attr.name)) {
        const protocol = new URL(attr.value, doc.baseURI).protocol
        if (!SAFE_PROTOCOLS.has(protocol) && !(protocol === 'data:' && /^data:image\//i.test(attr.value.trim()))) unsafe.push(`${el.tagName} ${attr.name}=${attr.value}`)
      }
      // DOM clobbering: an id or name that now shadows a built-in member of document or window (`<img name=cookie>`).
      const named = attr.name === 'id' || attr.name === 'name'
      const shadows = (target: object, known: boolean) => known && (target as Record<string, unknown>)[attr.value] === el
      if (named && (shadows(doc, attr.value in CLEAN_DOCUMENT) || shadows(win, CLEAN_WINDOW.has(attr.value)))) unsafe.push(`${el.tagName} ${attr.name}=${attr.value} clobbers`)
    }
  }
  return { executed, leaks, unsafe }
}
