// Injected into Storybook's preview iframe by test/stories/layout.mjs, after
// axe-core and test/support/contrast.js (whose measureContrast it uses).

/** Resolves with the first of `names` the channel emits, as [name, payload]; rejects after `ms`. */
function nextEvent(names, ms = 60_000) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__
  return new Promise((resolve, reject) => {
    const handlers = names.map((name) => [name, (payload) => finish([name, payload])])
    const timer = setTimeout(() => finish(null), ms)
    function finish(result) {
      clearTimeout(timer)
      for (const [name, handler] of handlers) channel.off(name, handler)
      if (result) resolve(result)
      else reject(new Error(`none of ${names.join(', ')} within ${ms / 1000}s`))
    }
    for (const [name, handler] of handlers) channel.on(name, handler)
  })
}

const FAILED = ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing']
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
let currentScheme = 'light'

/** Renders one story or docs page in `scheme` and returns what layout.mjs reports. */
export async function renderAndProbe({ id, viewMode, scheme }) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__
  const result = { error: '', problems: [], overflowing: 0, lowestText: null, lowestNonText: null }
  try {
    if (scheme !== currentScheme) {
      // Re-renders the current story in the new scheme; wait for it so its events do not count for the next one.
      const rerendered = nextEvent(['storyFinished', 'docsRendered', ...FAILED]).catch(() => null)
      channel.emit('updateGlobals', { globals: { theme: scheme } })
      currentScheme = scheme
      await rerendered
    }
    const rendered = nextEvent(viewMode === 'docs' ? ['docsRendered', ...FAILED] : ['storyFinished', ...FAILED])
    channel.emit('setCurrentStory', { storyId: id, viewMode })
    const [name, payload] = await rendered
    if (FAILED.includes(name)) result.error = `${name}: ${payload?.message ?? payload?.description ?? JSON.stringify(payload)}`
    else if (name === 'storyFinished' && payload.status === 'error') result.error = `story finished with an error (play or a11y): ${reportSummary(payload)}`
    await document.fonts.ready
    await frames()
  } catch (error) {
    result.error = String(error)
    return result
  }
  const root = document.querySelector(viewMode === 'docs' ? '#storybook-docs' : '#storybook-root')
  const overflow = overflowProblems(root)
  result.overflowing = overflow.length
  result.problems.push(...overflow)
  if (viewMode === 'story') probeContrast(root, result)
  return result
}

/** The a11y reporter's violations (addon-a11y runs axe after every story), or the status of any other reporter. */
function reportSummary(payload) {
  return (payload.reporters ?? [])
    .filter((reporter) => reporter.status !== 'passed')
    .map((reporter) => reporter.type === 'a11y'
      ? (reporter.result?.violations ?? []).map((rule) => `axe ${rule.id} (${rule.nodes.map((node) => node.target.join(' ')).join(', ')})`).join('; ')
      : `${reporter.type} ${reporter.status}`)
    .join('; ') || 'play function or render'
}

function probeContrast(root, result) {
  const readings = measureContrast(root)
  for (const reading of readings) {
    const key = reading.kind === 'text' ? 'lowestText' : 'lowestNonText'
    if (!result[key] || reading.ratio < result[key].ratio) result[key] = reading
    // Text is axe's job (it knows about background images); non-text is ours.
    if (reading.kind !== 'text' && reading.ratio < reading.min) result.problems.push(`${reading.kind} ${reading.what}: ${reading.ratio.toFixed(2)}:1 < 3:1`)
  }
}

const describe = (element) => {
  const slot = element.closest('[data-slot]')?.dataset.slot
  const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''
  return `${element.tagName.toLowerCase()}${element.dataset.slot ? `[data-slot=${element.dataset.slot}]` : `${classes}${slot ? ` in [data-slot=${slot}]` : ''}`}`
}

/**
 * Code samples and Storybook's props table scroll sideways by design; visually hidden text is 1px on
 * purpose; Storybook's "Reset controls" icon button overhangs its 16px header cell at every width.
 */
const layoutExempt = (element) =>
  !!element.closest('pre, textarea, .docblock-source, .docblock-argstable, .sr-only, [aria-label="Reset controls"]') || element.matches(':has(> [aria-label="Reset controls"])')

/** An ancestor that clips or scrolls sideways holds what is wider than it (its own check reports that). */
function insideScroller(element, root) {
  for (let node = element.parentElement; node && node !== root.parentElement; node = node.parentElement) {
    if (getComputedStyle(node).overflowX !== 'visible') return true
  }
  return false
}

/**
 * The page scrolling sideways; every element sticking out of its container at the inline end (start-side
 * outdents such as heading anchors are deliberate); every element whose content is wider than its box,
 * including scroll containers that scroll sideways (a table wider than its column).
 */
function overflowProblems(root) {
  const problems = []
  const page = document.documentElement
  if (page.scrollWidth > page.clientWidth + 1) problems.push(`page scrolls sideways: ${page.scrollWidth}px content in ${page.clientWidth}px`)
  // Sticking out: only the outermost element of a subtree counts, its descendants move with it.
  // Content too wide: only the innermost, the one a fix goes to (its ancestors are wide because of it).
  const sticking = new Map()
  const tooWide = new Map()
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof SVGElement && !(element instanceof SVGSVGElement)) continue
    if (sticking.has(element.parentElement) || [...sticking.keys()].some((outer) => outer.contains(element))) continue
    const style = getComputedStyle(element)
    if (style.display === 'contents' || style.position === 'fixed' || layoutExempt(element) || !element.checkVisibility()) continue
    const box = element.getBoundingClientRect()
    const parent = element.parentElement.getBoundingClientRect()
    const sticksOut = style.direction === 'rtl' ? box.left < parent.left - 1 : box.right > parent.right + 1
    if (box.width > 1 && sticksOut && !insideScroller(element, root)) {
      sticking.set(element, `${describe(element)} is ${Math.round(box.width)}px wide and sticks out of its ${Math.round(parent.width)}px container`)
    } else if (!style.display.startsWith('inline') && element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1) {
      tooWide.set(element, `${describe(element)}: content ${element.scrollWidth}px wide in ${element.clientWidth}px${style.overflowX === 'visible' ? '' : ` (${style.overflowX})`}`)
    }
  }
  const culprits = [...sticking.keys(), ...tooWide.keys()]
  for (const [element, problem] of tooWide) {
    if (!culprits.some((other) => other !== element && element.contains(other))) problems.push(problem)
  }
  problems.push(...sticking.values())
  return problems
}
