import { expect } from 'vitest'
import { FOREIGN_COMPONENTS, registered, type RenderedPage } from './render'

const componentOf = new Map(registered.map(({ name, exportName }) => [name, exportName]))

/**
 * What a reader of any page must get: every sh-ui block on it rendered by
 * its component, no tag left unresolved, and not a single warning.
 * ShFaqItem children render inside their ShFaq, so they are checked there.
 */
export function expectEveryBlockRendered(page: RenderedPage): void {
  for (const [tag, count] of page.used) {
    if ((FOREIGN_COMPONENTS as readonly string[]).includes(tag) || tag === 'ShFaqItem') continue
    const component = componentOf.get(tag)
    expect(component, `${tag} is an sh-ui component`).toBeDefined()
    expect(page.rendered.get(component!) ?? 0, `${tag} blocks rendered`).toBeGreaterThanOrEqual(count)
  }
  expect(page.html).not.toMatch(/<(sh-[a-z-]+|Sh[A-Z]\w*)[\s>]/)
  expect(page.warnings).toEqual([])
}
