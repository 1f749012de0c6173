import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h } from 'vue'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import theme from '../../src/theme/checkout-links'

const Page = defineComponent(() => () => h('main'))

async function withRouter(path: string, props: Record<string, unknown>) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Page },
      { path: '/faq', component: Page },
      { path: '/specs', component: Page },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(ShCheckoutLinks, { props, global: { plugins: [router] } })
  return { router, wrapper }
}

const links = [
  { label: 'FAQ', to: '/faq' },
  { label: 'Specs', to: '/specs' },
  { label: 'Mail', to: 'mailto:info@omaspecworks.org' },
  { label: 'Section', to: '#intro' },
  { label: 'GitHub', to: 'https://github.com/OpenMobileAlliance', external: false },
]

describe('ShCheckoutLinks with vue-router', () => {
  it('given the router is on /faq, when rendered, then the FAQ link is current with aria-current and linkActive classes', async () => {
    const { wrapper } = await withRouter('/faq', { links })
    const faq = wrapper.get('a[href="/faq"]')
    expect(faq.attributes('aria-current')).toBe('page')
    expect(faq.attributes('data-slot')).toBe('linkActive')
    expect(faq.classes()).toEqual(expect.arrayContaining(theme.linkActive.split(' ')))
    expect(wrapper.get('a[href="/specs"]').attributes('aria-current')).toBeUndefined()
  })

  it('given a link, when clicked, then the router navigates without a full page load and the current marker moves', async () => {
    const { router, wrapper } = await withRouter('/faq', { links })
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    wrapper.get('a[href="/specs"]').element.dispatchEvent(event)
    await flushPromises()
    expect(event.defaultPrevented).toBe(true)
    expect(router.currentRoute.value.path).toBe('/specs')
    expect(wrapper.get('a[href="/specs"]').attributes('aria-current')).toBe('page')
    expect(wrapper.get('a[href="/faq"]').attributes('aria-current')).toBeUndefined()
  })

  it('given the router, when currentPath disagrees, then the router decides what is current', async () => {
    const { wrapper } = await withRouter('/faq', { links, currentPath: '/specs' })
    expect(wrapper.get('[aria-current="page"]').attributes('href')).toBe('/faq')
  })

  it('given mailto, hash and absolute links, when rendered with a router, then their hrefs stay exactly as written', async () => {
    const { wrapper } = await withRouter('/faq', { links })
    const hrefs = wrapper.findAll('a').map((a) => a.attributes('href'))
    expect(hrefs).toEqual(['/faq', '/specs', 'mailto:info@omaspecworks.org', '#intro', 'https://github.com/OpenMobileAlliance'])
  })

  it('given an external link, when rendered with a router, then it still opens in a new tab', async () => {
    const { wrapper } = await withRouter('/', { links: [{ label: 'GitHub', to: 'https://github.com/x' }] })
    expect(wrapper.get('a').attributes()).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' })
  })
})
