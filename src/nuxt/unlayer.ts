/**
 * sh-ui/style.css without its cascade layers, for apps running Tailwind CSS 3
 * (@nuxtjs/tailwindcss, as @nuxt/ui v2 installs it). The prebuilt file is
 * Tailwind 4 output: Tailwind 3 processes every stylesheet of the app and
 * rejects its `@layer utilities`, and Tailwind 3's preflight, being unlayered,
 * would beat every layered rule (`h2 { font-size: inherit }` over `.text-2xl`).
 * Unlayered, sh-ui's class rules win over element rules by specificity, as
 * Tailwind 3's own utilities do. Layer blocks are unwrapped, layer statements dropped.
 */
export function unlayer(css: string): string {
  let out = ''
  /** For each open brace: whether its closing brace belongs to a removed `@layer` block. */
  const unwrapped: boolean[] = []
  let i = 0
  while (i < css.length) {
    const char = css[i]!
    const skip = char === '"' || char === "'" ? css.indexOf(char, i + 1) + 1 : css.startsWith('/*', i) ? css.indexOf('*/', i + 2) + 2 : 0
    if (skip > i) {
      out += css.slice(i, skip)
      i = skip
      continue
    }
    const layer = css.startsWith('@layer', i) ? /^@layer[^{;]*([{;])/.exec(css.slice(i, i + 200)) : null
    if (layer) {
      if (layer[1] === '{') unwrapped.push(true)
      i += layer[0].length
      continue
    }
    if (char === '{') unwrapped.push(false)
    if (char !== '}' || !unwrapped.pop()) out += char
    i++
  }
  return out
}
