import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { ShFaq, ShMarkdown, ShUi } from '../../../src'

// Issue 3: markdown in q and title too, not only in answers.
afterEach(() => {
  vi.restoreAllMocks()
})

const props = { title: 'Questions about *LwM2M*', qas: [{ q: 'What is **bootstrap**?', a: 'The first contact.' }], schema: false }

describe('ShFaq markdown in the title and questions', () => {
  it('given a markdown renderer, when the title and a question hold emphasis, then it renders inline and the names read as plain words', () => {
    const wrapper = mount(ShFaq, { props, global: { plugins: [[ShUi, { markdown: ShMarkdown }]] } })
    const title = wrapper.get('[data-slot="header.title"]')
    expect(title.get('em').text()).toBe('LwM2M')
    expect(title.find('p').exists()).toBe(false)
    const button = wrapper.get('[data-slot=button]')
    expect(button.get('strong').text()).toBe('bootstrap')
    expect(button.text().replace(/\s+/g, ' ').trim()).toBe('What is bootstrap?')
  })

  it('given no renderer, when the title and a question hold markdown, then the text shows without the markup characters', () => {
    const wrapper = mount(ShFaq, { props })
    expect(wrapper.get('[data-slot="header.title"]').text()).toBe('Questions about LwM2M')
    expect(wrapper.get('[data-slot=q]').text()).toBe('What is bootstrap?')
    expect(wrapper.find('em, strong').exists()).toBe(false)
  })
})
