import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { ShMarkdown } from '../../src'
import { renderMarkdown } from '../../src/core/markdown'

describe('ShMarkdown', () => {
  it('given hostile markdown, when rendered, then the DOM holds exactly the sanitised HTML and nothing executable', () => {
    const source = 'Hi <img src=x onerror="alert(1)"> [go](javascript:alert(2)) <script>alert(3)</script> **bold**'
    const wrapper = mount(ShMarkdown, { props: { source } })
    expect(wrapper.element.innerHTML).toBe(renderMarkdown(source))
    expect(wrapper.html()).not.toMatch(/onerror|javascript:|<script/)
    expect(wrapper.find('strong').text()).toBe('bold')
  })
  it('given inline mode, when rendered, then a span without a paragraph holds the text', () => {
    const wrapper = mount(ShMarkdown, { props: { source: 'What is *this*?', inline: true } })
    expect(wrapper.element.tagName).toBe('SPAN')
    expect(wrapper.element.innerHTML).toBe('What is <em>this</em>?')
  })
  it('given new source, when the prop changes, then the output follows', async () => {
    const wrapper = mount(ShMarkdown, { props: { source: 'one' } })
    await wrapper.setProps({ source: 'two' })
    expect(wrapper.text()).toBe('two')
  })
})
