import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { ShFaq, ShMarkdown, ShUi } from '../../src'

/** Payloads call this; the test fails if any of them ever runs. */
declare global {
  interface Window {
    __pwned?: string[]
  }
}
const run = (tag: string) => `window.__pwned=(window.__pwned||[]).concat('${tag}')`

const VECTORS = [
  `<script>${run('script')}</script>`,
  `<img src=x onerror="${run('img')}">`,
  `<svg onload="${run('svg')}"></svg>`,
  `<svg><script>${run('svg-script')}</script></svg>`,
  `<iframe src="javascript:${run('iframe')}"></iframe>`,
  `<iframe srcdoc="<script>parent.${run('srcdoc')}</script>"></iframe>`,
  `<a href="javascript:${run('href')}">click</a>`,
  `<a href="JaVaScRiPt:${run('case')}">click</a>`,
  `<a href="java&#x09;script:${run('tab')}">click</a>`,
  `<a href="&#106;avascript:${run('entity')}">click</a>`,
  `<a href=" javascript:${run('space')}">click</a>`,
  `<a href="vbscript:msgbox(1)">vb</a>`,
  `<a href="data:text/html,<script>${run('data')}</script>">data</a>`,
  `[md link](javascript:${run('md')})`,
  `[mdc link](javascript:${run('mdc')}){target="_blank"}`,
  `[attr](/ok){onclick="${run('mdc-attr')}"}`,
  `![img](x){onerror="${run('mdc-img')}"}`,
  `<body onload="${run('body')}">`,
  `<details open ontoggle="${run('details')}">`,
  `<input autofocus onfocus="${run('input')}">`,
  `<video><source onerror="${run('video')}"></video>`,
  `<audio src=x onerror="${run('audio')}">`,
  `<object data="javascript:${run('object')}"></object>`,
  `<embed src="javascript:${run('embed')}">`,
  `<style>@import 'javascript:${run('style')}';</style>`,
  `<div style="background:url(javascript:${run('css')})">css</div>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run('mxss')}">`,
  `<form action="javascript:${run('form')}"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run('meta')}">`,
  `<base href="javascript:${run('base')}//">`,
  `"><script>${run('break-attr')}</script>`,
  `</script><script>${run('close-script')}</script>`,
  `<template><script>${run('template')}</script></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${run('noscript')}>">`,
  `<scr<script>ipt>${run('nested')}</script>`,
  `<a href="#" onmouseover="${run('hover')}" onfocus="${run('focus')}">hover</a>`,
]

let wrappers: VueWrapper[] = []
// The hostile ids each earn a warning; they are asserted on elsewhere, here they would only flood the log.
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined))
afterEach(() => {
  vi.restoreAllMocks()
  for (const wrapper of wrappers) wrapper.unmount()
  wrappers = []
  document.body.innerHTML = ''
  delete window.__pwned
})

function renderAll(withMarkdown: boolean) {
  const host = document.body.appendChild(document.createElement('div'))
  const qas = VECTORS.flatMap((vector, index) => [
    { q: `Question ${index} ${vector}`, a: `Answer ${index} ${vector}`, id: vector },
    { q: vector, a: vector, open: true },
  ])
  wrappers.push(
    mount(ShFaq, {
      props: { qas, title: VECTORS.join(' '), searchable: true, defaultOpen: true },
      attachTo: host,
      global: { plugins: withMarkdown ? [[ShUi, { markdown: ShMarkdown }]] : [] },
    }),
  )
  return host
}

function assertInert(root: Element) {
  const allowedScripts = [...root.querySelectorAll('script')].filter((script) => script.type !== 'application/ld+json')
  expect(allowedScripts).toEqual([])
  // The only svg and input are ShFaq's own chevrons and search box.
  for (const tag of ['iframe', 'object', 'embed', 'style', 'svg:not([data-slot=icon])', 'math', 'form', 'meta', 'base', 'video', 'audio', 'details', 'input:not([data-slot=search])', 'template', 'noscript']) {
    expect(root.querySelector(tag), tag).toBeNull()
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false)
      expect(attr.name === 'style', `${el.tagName} style`).toBe(false)
      if (['href', 'src', 'action', 'data'].includes(attr.name)) expect(attr.value.replace(/\s/g, '')).not.toMatch(/^(javascript|vbscript|data:text):?/i)
    }
  }
}

describe('ShFaq with hostile content', () => {
  it(`given ${VECTORS.length} XSS vectors in q, a, title and id, when rendered with ShMarkdown and hovered/focused, then nothing executes`, async () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(30)
    const root = renderAll(true)
    for (const link of root.querySelectorAll<HTMLElement>('a, button')) {
      link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
      link.focus()
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(window.__pwned).toBeUndefined()
    assertInert(root)
    expect(root.textContent).toContain('Answer 0')
  })
  it('given the same vectors, when rendered as plain text (no renderer), then they show as inert text', async () => {
    const root = renderAll(false)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(window.__pwned).toBeUndefined()
    assertInert(root)
    expect(root.querySelectorAll('a:not([data-slot=link])')).toHaveLength(0)
  })
  it('given hostile ids, when rendered, then every item id is reduced to safe characters', () => {
    const root = renderAll(true)
    for (const item of root.querySelectorAll('[data-slot=inner]')) expect(item.id).toMatch(/^[\p{L}\p{N}_-]+$/u)
  })
})
