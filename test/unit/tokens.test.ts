import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// tokens.css writes the dark values twice: under `.dark`, and under `.sh-system` inside a
// prefers-color-scheme media query (a media condition cannot join a selector list, and
// light-dark() would follow a host page's own `color-scheme: light dark`, i.e. the OS). This
// keeps the two copies one idea: the same tokens with the same values.

const css = readFileSync(resolve(__dirname, '../../src/styles/tokens.css'), 'utf8')

function declarations(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`)
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
  return new Map([...body.matchAll(/(--sh-[\w-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]))
}

describe('the dark tokens', () => {
  it('given the .dark block and the .sh-system opt-in block when compared then they set the same tokens to the same values', () => {
    const dark = declarations('\n.dark')
    expect(dark.size).toBeGreaterThan(10)
    expect(declarations('.sh-system:not(.light)')).toEqual(dark)
  })

  it('given the light tokens when compared with the dark ones then every colour the dark scheme needs has a dark value', () => {
    const light = [...declarations(':root,\n.light').keys()].filter((name) => !['--sh-radius', '--sh-font'].includes(name))
    expect([...declarations('\n.dark').keys()].sort()).toEqual(light.sort())
  })
})
