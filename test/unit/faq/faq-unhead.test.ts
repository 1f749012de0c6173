import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createHead } from '@unhead/vue/client'
import { defineComponent, h, nextTick, ref } from 'vue'
import { ShFaq } from '../../../src'

async function faqPages(head: ReturnType<typeof createHead>) {
  const tags = await head.resolveTags()
  return tags.filter((tag) => tag.tag === 'script' && tag.props.type === 'application/ld+json').map((tag) => JSON.parse(String(tag.innerHTML)))
}

describe('ShFaq JSON-LD through @unhead/vue in the browser', () => {
  it('given two blocks, when one is removed and then the other, then the single FAQPage follows and finally disappears', async () => {
    const head = createHead()
    const showFirst = ref(true)
    const showSecond = ref(true)
    const wrapper = mount(
      defineComponent({
        setup: () => () => [
          showFirst.value ? h(ShFaq, { qas: [{ q: 'First block?', a: 'One.' }] }) : null,
          showSecond.value ? h(ShFaq, { qas: [{ q: 'Second block?', a: 'Two.' }] }) : null,
        ],
      }),
      { global: { plugins: [head] } },
    )
    expect(wrapper.find('script').exists()).toBe(false)
    let pages = await faqPages(head)
    expect(pages).toHaveLength(1)
    expect(pages[0].mainEntity.map((entry: { name: string }) => entry.name)).toEqual(['First block?', 'Second block?'])

    showFirst.value = false
    await nextTick()
    pages = await faqPages(head)
    expect(pages[0].mainEntity.map((entry: { name: string }) => entry.name)).toEqual(['Second block?'])

    showSecond.value = false
    await nextTick()
    expect(await faqPages(head)).toEqual([])
  })
})
