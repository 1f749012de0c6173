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

/** Components content writers never write as a block of their own, and what their stories show instead. */
const SHOWN_AS: Record<string, { language: string; block: RegExp }> = {
  // ShMarkdown renders FAQ answers: its snippets are the ::ShFaq entries that use it.
  ShMarkdown: { language: 'md', block: /^::ShFaq\b[\s\S]*\n::$/ },
  // ShConfigProvider is app code, not an MDC block: its snippets are Vue templates.
  ShConfigProvider: { language: 'html', block: /<ShConfigProvider\b[\s\S]*<\/ShConfigProvider>/ },
}

describe('component stories', () => {
  it('finds the stories of every component', () => {
    expect(new Set(stories.map(([, component]) => component))).toEqual(
      new Set(['ShCheckoutLinks', 'ShConfigProvider', 'ShDataTable', 'ShFaq', 'ShIprTable', 'ShMarkdown', 'ShSegment']),
    )
  })

  it.each(stories)('given %s, when its code is shown, then it is a copy-ready block of the component', (_name, component, story) => {
    const source = story.parameters?.docs?.source
    const expected = SHOWN_AS[component] ?? { language: 'md', block: new RegExp(`^::${component}\\b[\\s\\S]*\\n::$`) }
    expect(source?.language).toBe(expected.language)
    expect(source?.code).toMatch(expected.block)
  })
})
