import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { parseDocument } from 'yaml'
import { ShFaq, ShMarkdown, ShUi } from '../../../src'
import { inlineText } from '../../../src/core/faq-text'

const fixtures = resolve(process.cwd(), '../shared/fixtures')
const available = existsSync(fixtures)
if (!available) console.info(`[faq-fixtures] ${fixtures} not found: the real-content ShFaq checks are skipped.`)

interface Block {
  file: string
  index: number
  props: Record<string, unknown>
}

/** Every `::ShFaq` block of a page with its YAML front matter, ignoring examples inside code fences. */
function faqBlocks(file: string): Block[] {
  const text = readFileSync(file, 'utf8').replace(/^(`{3,}|~{3,})[\s\S]*?^\1\s*$/gm, '')
  const blocks: Block[] = []
  for (const match of text.matchAll(/^::ShFaq\b[^\n]*\n(?:---\n([\s\S]*?)\n---\n)?/gm)) {
    // As remark-mdc reads front matter: the document's value even when YAML reports errors (the seed has a loosely
    // indented quoted answer that MDC accepts), so the test sees what the site renders.
    blocks.push({ file, index: blocks.length, props: (parseDocument(match[1] ?? '').toJSON() as Record<string, unknown>) ?? {} })
  }
  return blocks
}

function allBlocks(): Block[] {
  const dirs = [join(fixtures, 'oma/content'), join(fixtures, 'seeds')]
  return dirs.filter(existsSync).flatMap((dir) => readdirSync(dir).filter((name) => /\.(md|txt)$/.test(name)).flatMap((name) => faqBlocks(join(dir, name))))
}

/** Links an answer's source promises: markdown/MDC links and inline HTML anchors, with target when given. */
function expectedLinks(answer: string): Array<{ href: string; target?: string }> {
  const out: Array<{ href: string; target?: string }> = []
  for (const match of answer.matchAll(/\[[^\]]*\]\(([^)\s]+)\)(\{[^}]*\})?/g)) {
    out.push({ href: match[1]!, target: /target="?_blank/.test(match[2] ?? '') ? '_blank' : undefined })
  }
  for (const match of answer.matchAll(/<a\s[^>]*href="([^"]+)"[^>]*>/g)) {
    out.push({ href: match[1]!, target: /target="_blank"/.test(match[0]) ? '_blank' : undefined })
  }
  return out
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe.runIf(available)('ShFaq renders every ShFaq block of the real content', () => {
  const blocks = available ? allBlocks() : []

  it('finds the blocks of the FAQ pages and the seed', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8)
  })

  it.each(blocks.map((block) => [`${block.file.split('/fixtures/')[1]} #${block.index + 1}`, block] as const))(
    'given %s, when rendered with ShMarkdown, then every question and answer link is there and nothing is warned',
    (_name, block) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
      const wrapper = mount(ShFaq, { props: block.props, global: { plugins: [[ShUi, { markdown: ShMarkdown }]] } })
      const qas = block.props.qas as Array<{ q: string; a: string }>
      const questions = wrapper.findAll('[data-slot=button]').map((button) => button.text().replace(/\s+/g, ' ').trim())
      expect(questions).toEqual(qas.map((qa) => inlineText(qa.q)))
      const answers = wrapper.findAll('[data-slot=a]')
      qas.forEach((qa, index) => {
        for (const link of expectedLinks(qa.a)) {
          const found = answers[index]!.findAll('a').find((a) => a.attributes('href') === link.href)
          expect(found, `${qa.q}: ${link.href}`).toBeDefined()
          if (link.target) expect(found!.attributes()).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' })
        }
        expect(answers[index]!.text().length).toBeGreaterThan(0)
      })
      expect(wrapper.findAll('[data-slot=divider]')).toHaveLength(qas.length - 1)
      expect(warn).not.toHaveBeenCalled()
    },
  )
})
