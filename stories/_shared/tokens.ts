import themeCss from '../../src/styles/theme.css?raw'
import tokensCss from '../../src/styles/tokens.css?raw'

export interface TokenRow {
  name: string
  /** How Tailwind classes refer to it, e.g. `sh-fg` in `text-sh-fg`, or `rounded-sh`. */
  utility: string
  light: string
  dark?: string
}

/** `--name: value` declarations of the first rule whose selector matches. */
function declarations(css: string, selector: RegExp): Map<string, string> {
  const block = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? ''
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]))
}

/** Prefix of the utilities a Tailwind theme namespace generates (`--radius-sh` gives `rounded-sh`). */
const NAMESPACE_UTILITY: Record<string, string> = { color: '', radius: 'rounded-', font: 'font-' }

/** The design tokens as written in src/styles/tokens.css and registered in theme.css, read at build time. */
export function tokenRows(): TokenRow[] {
  const light = declarations(tokensCss, /:root,\s*\.light/)
  const dark = declarations(tokensCss, /\n\.dark/)
  const utilities = new Map(
    [...themeCss.matchAll(/--(color|radius|font)-([\w-]+)\s*:\s*var\((--[\w-]+)\)/g)].map((match) => [match[3]!, `${NAMESPACE_UTILITY[match[1]!]}${match[2]}`]),
  )
  return [...light].map(([name, value]) => ({ name, utility: utilities.get(name) ?? '', light: value, dark: dark.get(name) }))
}
