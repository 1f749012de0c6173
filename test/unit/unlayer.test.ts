import { describe, expect, test } from 'vitest'
import { unlayer } from '../../src/nuxt/unlayer'

describe('given Tailwind 4 output with cascade layers', () => {
  test('when unlayered for a Tailwind 3 app, then every rule stays, in order, outside any layer', () => {
    const css = '@layer properties;@layer theme{:root{--spacing:.25rem}}@layer utilities{.p-4{padding:1rem}@media (hover:hover){.hover\\:x:hover{color:red}}}.dark{--sh-fg:#fff}'
    expect(unlayer(css)).toBe(':root{--spacing:.25rem}.p-4{padding:1rem}@media (hover:hover){.hover\\:x:hover{color:red}}.dark{--sh-fg:#fff}')
  })

  test('when a string or comment holds braces or "@layer", then it is kept as written', () => {
    expect(unlayer('/* @layer x{ */@layer u{.a{--c:"}";content:"@layer b{"}}')).toBe('/* @layer x{ */.a{--c:"}";content:"@layer b{"}')
  })
})
