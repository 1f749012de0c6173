// `npm run build:class-merge`: writes src/core/class-merge-config.ts, the class groups sh-ui's
// `ui` classes merge by. It is tailwind-merge's own default config, cut to the groups below: the
// full config is three quarters of tailwind-merge's 8.4 kB (gzip) and most of it describes
// utilities no content block overrides (masks, filters, 3D transforms, scroll snapping).
// tailwind-merge's author recommends this for bundle size
// (https://github.com/dcastil/tailwind-merge/discussions/378).
//
// What stays correct: every class merges with sh-ui's defaults, and with any class of a kept kind,
// exactly as under the full config (test/unit/core/class-merge-config.test.ts looks up all ~350,000
// Tailwind utilities and modifier forms). What is lost: two classes of dropped kinds (`blur-sm` from
// the app's `ui`, `blur-lg` on a block) both stay, and the stylesheet decides.
// Run it after updating tailwind-merge; the same test fails while the file is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { getDefaultConfig, mergeConfigs, validators } from 'tailwind-merge'
import { root } from './build-entries.mjs'

/**
 * The groups that sh-ui's themes use, and those that must come with them so that no utility is read as
 * another kind: the colour groups take any value, so dropping `text-shadow` would make `text-shadow-lg` a text
 * colour that removes `text-sh-fg`. The test names what to add here when a theme starts using a new kind of class.
 */
const THEME_GROUPS = `
  display sr float overflow position inset inset-y top z basis flex-direction flex-wrap flex shrink gap gap-x gap-y
  justify-content align-items p px py ps pb m mx my ms mt mb space-y size w min-w h min-h max-h
  font-size font-weight font-stretch font-family fvn-normal fvn-spacing line-clamp leading list-style-type
  text-alignment text-color text-decoration underline-offset text-overflow text-wrap vertical-align whitespace break content
  bg-attachment bg-clip bg-origin bg-position bg-repeat bg-size bg-image bg-color bg-blend
  rounded border-w border-w-x border-w-y border-w-s border-w-e border-w-bs border-w-be border-w-t border-w-r border-w-b border-w-l
  divide-x divide-x-reverse divide-y divide-y-reverse border-style divide-style
  border-color border-color-x border-color-y border-color-s border-color-e border-color-bs border-color-be
  border-color-t border-color-r border-color-b border-color-l divide-color
  outline-style outline-offset outline-w outline-color shadow shadow-color text-shadow text-shadow-color opacity
  border-collapse border-spacing border-spacing-x border-spacing-y transition duration rotate accent cursor pointer-events
  scroll-m scroll-my scroll-mt
`
/**
 * Kinds writers set on content blocks (the OMA pages use padding and margin on every side, widths, `ease-*` and
 * `hover:scale-*`), so that the app's `ui` and a block's `ui` also merge there.
 */
const WRITER_GROUPS = `
  pt pr pl pe mr ml me space-x max-w font-style tracking text-transform overflow-x overflow-y grid-cols grow scale ease
`

/** sh-ui's theme tokens that tailwind-merge cannot know: `rounded-sh` is a radius like `rounded-lg`. */
export const SH_TOKENS = { extend: { theme: { radius: ['sh'] } } }

const validatorNames = new Map(Object.entries(validators).map(([name, fn]) => [fn, name]))

/**
 * The listed groups and every group in conflict with one of them, either way round (`p` with `pbe`, `inset` with
 * `left`), so that a kept class removes, and is removed by, exactly what the full config says. In the config's order.
 */
function keptGroups(config) {
  const all = Object.keys(config.classGroups)
  const kept = new Set(`${THEME_GROUPS} ${WRITER_GROUPS}`.split(/\s+/).filter(Boolean))
  const unknown = [...kept].filter((group) => !all.includes(group))
  if (unknown.length) throw new Error(`build-class-merge: tailwind-merge has no class group ${unknown.join(', ')}`)
  const pairs = [config.conflictingClassGroups, config.conflictingClassGroupModifiers]
    .flatMap((record) => Object.entries(record).flatMap(([group, list]) => list.map((other) => [group, other])))
  for (let grown = true; grown;) {
    grown = false
    for (const [group, other] of pairs) {
      if (kept.has(group) === kept.has(other)) continue
      kept.add(group).add(other)
      grown = true
    }
  }
  return all.filter((group) => kept.has(group))
}

/** The config keys this script knows how to cut; a key a newer tailwind-merge adds must be looked at first. */
const KEYS = ['cacheSize', 'theme', 'classGroups', 'conflictingClassGroups', 'conflictingClassGroupModifiers', 'postfixLookupClassGroups', 'orderSensitiveModifiers']

/** The default config cut to the kept groups, with sh-ui's tokens: what the generated module exports. */
function classMergeConfig() {
  const config = mergeConfigs(getDefaultConfig(), SH_TOKENS)
  const unknownKeys = Object.keys(config).filter((name) => !KEYS.includes(name))
  if (unknownKeys.length) throw new Error(`build-class-merge: tailwind-merge's config has new keys: ${unknownKeys.join(', ')}`)
  const groups = keptGroups(config)
  const kept = new Set(groups)
  const within = (list) => list.filter((group) => kept.has(group))
  const pick = (record) => Object.fromEntries(groups.filter((group) => record[group]).map((group) => [group, record[group]]))
  const conflicts = (record) => Object.fromEntries(
    Object.entries(pick(record)).map(([group, list]) => [group, within(list)]).filter(([, list]) => list.length),
  )
  const classGroups = pick(config.classGroups)
  const scales = themeKeys(classGroups)
  return {
    cacheSize: config.cacheSize,
    theme: Object.fromEntries(Object.entries(config.theme).filter(([name]) => scales.has(name))),
    classGroups,
    conflictingClassGroups: conflicts(config.conflictingClassGroups),
    conflictingClassGroupModifiers: conflicts(config.conflictingClassGroupModifiers),
    postfixLookupClassGroups: within(config.postfixLookupClassGroups ?? []),
    orderSensitiveModifiers: config.orderSensitiveModifiers,
  }
}

/** The theme scales that `value` reads (`fromTheme('spacing')`): the others are left out. */
function themeKeys(value, found = new Set()) {
  if (typeof value === 'function' && value.isThemeGetter) found.add(value.themeKey)
  else if (value && typeof value === 'object') Object.values(value).forEach((inner) => themeKeys(inner, found))
  return found
}

/** TypeScript source of that config: validators and theme getters by name, long values wrapped. */
export function generate() {
  const used = new Set()
  const inline = (value) => {
    if (typeof value === 'function') {
      if (value.isThemeGetter) return `theme(${quote(value.themeKey)})`
      const name = validatorNames.get(value)
      if (!name) throw new Error('build-class-merge: a function in the config is neither a validator nor a theme getter')
      used.add(name)
      return name
    }
    if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`
    if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${key(k)}: ${inline(v)}`).join(', ')} }`
    return typeof value === 'string' ? quote(value) : String(value)
  }
  const format = (value, indent) => {
    const flat = inline(value)
    if (indent.length + flat.length <= 110 || typeof value !== 'object') return flat
    const inner = `${indent}  `
    const lines = Array.isArray(value)
      ? fill(value.map((item) => `${format(item, inner)},`), inner)
      : Object.entries(value).map(([k, v]) => `${inner}${key(k)}: ${format(v, inner)},`)
    return Array.isArray(value) ? `[\n${lines.join('\n')}\n${indent}]` : `{\n${lines.join('\n')}\n${indent}}`
  }
  // Scale values share lines, as many as fit: a scale reads as one or two lines, not twenty.
  const fill = (items, indent) => items.reduce((lines, item) => {
    const last = lines.length - 1
    if (last >= 0 && !item.includes('\n') && !lines[last].includes('\n') && lines[last].length + item.length < 110) lines[last] += ` ${item}`
    else lines.push(`${indent}${item}`)
    return lines
  }, [])
  const body = format(classMergeConfig(), '')
  const { version } = JSON.parse(readFileSync(`${root}node_modules/tailwind-merge/package.json`, 'utf8'))
  return [
    `// Generated by scripts/build-class-merge.mjs from tailwind-merge ${version}'s default config: do not edit.`,
    '// The class groups `ui` classes merge by; the script says which are kept and why.',
    `import { fromTheme as theme, validators, type Config } from 'tailwind-merge'`,
    '',
    `const {\n${[...used].sort().map((name) => `  ${name},`).join('\n')}\n} = validators`,
    '',
    `export const classMergeConfig: Config<string, string> = ${body}`,
    '',
  ].join('\n')
}

function key(name) {
  return /^[a-z_$][\w$]*$/i.test(name) ? name : quote(name)
}

function quote(text) {
  return `'${text.replace(/[\\']/g, '\\$&')}'`
}

export const target = `${root}src/core/class-merge-config.ts`

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(target, generate())
  const { classGroups } = classMergeConfig()
  console.log(`build-class-merge: wrote ${target} (${Object.keys(classGroups).length} of ${Object.keys(getDefaultConfig().classGroups).length} class groups)`)
}
