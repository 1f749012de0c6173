import axe from 'axe-core'

/**
 * Problems axe-core finds inside `root`, as "rule: target (summary)" lines so a failing assertion says
 * what to fix: every violation of the default rules, plus colour-contrast checks axe could not decide,
 * plus a line when no text was contrast-checked at all (so an empty list really means "checked and fine").
 * Pass `requireContrast: false` over background images, where axe cannot compute contrast.
 */
export async function axeViolations(root: Element, { requireContrast = true } = {}): Promise<string[]> {
  const result = await axe.run(root)
  const lines = (results: axe.Result[]) =>
    results.flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${node.target.join(' ')} (${node.failureSummary ?? node.any[0]?.message ?? ''})`))
  const contrast = (results: axe.Result[]) => results.filter((rule) => rule.id === 'color-contrast')
  const out = lines(result.violations)
  if (!requireContrast) return out
  out.push(...lines(contrast(result.incomplete)).map((line) => `undecided ${line}`))
  if (!contrast(result.passes).some((rule) => rule.nodes.length)) out.push('color-contrast: no text was checked')
  return out
}
