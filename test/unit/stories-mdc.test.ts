import { describe, expect, it } from 'vitest'

// Issue 2: every component story shows a copy-ready MDC snippet of itself (the docs "Show code" source).
const files = import.meta.glob<Record<string, unknown>>('../../stories/Sh*.stories.ts', { eager: true })

interface StoryLike {
  parameters?: { docs?: { source?: { code?: string; language?: string } } }
}

const stories = Object.entries(files).flatMap(([file, module]) => {
  const component = /(Sh\w+)\.stories\.ts$/.exec(file)![1]!
  return Object.entries(module)
    .filter(([name]) => name !== 'default' && /^[A-Z]/.test(name))
    .map(([name, story]) => [`${component} / ${name}`, component, story as StoryLike] as const)
})

describe('component stories', () => {
  it('finds the stories of every component', () => {
    expect(new Set(stories.map(([, component]) => component))).toEqual(new Set(['ShCheckoutLinks', 'ShDataTable', 'ShFaq', 'ShIprTable', 'ShSegment']))
  })

  it.each(stories)('given %s, when its code is shown, then it is an MDC block of the component', (_name, component, story) => {
    const source = story.parameters?.docs?.source
    expect(source?.language).toBe('md')
    expect(source?.code).toMatch(new RegExp(`^::${component}\\b[\\s\\S]*\\n::$`))
  })
})
