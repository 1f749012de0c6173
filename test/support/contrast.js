// WCAG contrast measured on computed colours in the browser. Plain JavaScript
// without imports: browser tests import it, and the layout check
// (test/stories/layout.mjs) injects the same source into Storybook's iframe.

let canvasContext
/** Any CSS colour (hex, rgb, oklch, color-mix…) as [r, g, b, a] in 0..255 / 0..1, via a canvas. */
function rgba(color) {
  canvasContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })
  canvasContext.clearRect(0, 0, 1, 1)
  canvasContext.fillStyle = '#000'
  canvasContext.fillStyle = color
  canvasContext.fillRect(0, 0, 1, 1)
  const [r, g, b, a] = canvasContext.getImageData(0, 0, 1, 1).data
  return [r, g, b, a / 255]
}

const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1)

function luminance([r, g, b]) {
  const linear = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

export function ratio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/** The opaque colour behind `element`: its own and its ancestors' backgrounds composited over `page`. */
function backdrop(element, page) {
  const layers = []
  for (let node = element; node instanceof Element; node = node.parentElement) {
    const color = rgba(getComputedStyle(node).backgroundColor)
    if (color[3] > 0) layers.push(color)
    if (color[3] === 1) break
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), page)
}

/** Product of the element's and its ancestors' opacity. */
function opacity(element) {
  let product = 1
  for (let node = element; node instanceof Element; node = node.parentElement) product *= Number(getComputedStyle(node).opacity)
  return product
}

const withAlpha = (color, factor) => [color[0], color[1], color[2], color[3] * factor]
const label = (element) => `${element.tagName.toLowerCase()}${element.dataset.slot ? `[data-slot=${element.dataset.slot}]` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`
/** Disabled controls are exempt from WCAG contrast; visually hidden text is not seen. */
const exempt = (element) => !!element.closest(':disabled, [aria-disabled="true"], .sr-only') || !element.checkVisibility({ visibilityProperty: true })

/**
 * Every visible text, bordered control, sort icon and focus ring inside `root`, with its contrast
 * against what is painted behind it (`page` is the colour under the outermost element, e.g. the body's).
 * Focus rings are read after focusing each focusable element; focus ends where it started.
 * Types: contrast.d.ts.
 */
export function measureContrast(root, page = [255, 255, 255, 1]) {
  const readings = []
  const elements = [root, ...root.querySelectorAll('*')].filter((element) => !exempt(element))
  for (const element of elements) {
    const style = getComputedStyle(element)
    const hasText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim())
    if (hasText) {
      const color = withAlpha(rgba(style.color), opacity(element))
      readings.push({ kind: 'text', what: label(element), ratio: ratio(over(color, backdrop(element, page)), backdrop(element, page)), min: 4.5 })
    }
    if (element.matches('input:not([type=checkbox], [type=radio]), select, textarea, button') && parseFloat(style.borderTopWidth) > 0) {
      const outside = backdrop(element.parentElement, page)
      const border = withAlpha(rgba(style.borderTopColor), opacity(element))
      readings.push({ kind: 'border', what: label(element), ratio: ratio(over(border, outside), outside), min: 3 })
    }
    if (element.matches('[data-slot=sortIcon] path')) {
      const behind = backdrop(element.parentElement, page)
      const fill = withAlpha(rgba(style.fill === 'currentcolor' ? style.color : style.fill), opacity(element) * Number(element.getAttribute('opacity') ?? 1))
      readings.push({ kind: 'icon', what: `sortIcon path of ${label(element.closest('button') ?? element)}`, ratio: ratio(over(fill, behind), behind), min: 3 })
    }
  }
  readings.push(...focusRings(elements, page))
  return readings
}

/** The outline of each focusable element while it has keyboard-style focus, against its surroundings. */
function focusRings(elements, page) {
  const previous = document.activeElement
  const readings = []
  for (const element of elements.filter((e) => e.matches('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'))) {
    element.focus({ focusVisible: true, preventScroll: true })
    if (document.activeElement !== element) continue
    const style = getComputedStyle(element)
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) {
      readings.push({ kind: 'focus', what: `${label(element)} has no focus outline`, ratio: 0, min: 3 })
      continue
    }
    // Chromium paints `auto` as its two-tone (dark and white) ring, visible on any background.
    if (style.outlineStyle === 'auto') continue
    const outside = backdrop(element.parentElement, page)
    readings.push({ kind: 'focus', what: label(element), ratio: ratio(over(rgba(style.outlineColor), outside), outside), min: 3 })
  }
  if (previous instanceof HTMLElement) previous.focus({ preventScroll: true })
  else if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  return readings
}
