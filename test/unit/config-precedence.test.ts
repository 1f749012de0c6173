import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref, type Component, type PropType, type VNode } from 'vue'
import ShConfigProvider from '../../src/components/ShConfigProvider.vue'
import ShCheckoutLinks from '../../src/components/ShCheckoutLinks.vue'
import ShSegment from '../../src/components/ShSegment.vue'
import { useUi, type ThemedProps } from '../../src/composables/useUi'
import type { ShUiOptions, ShUiThemeOverrides } from '../../src/composables/config'
import { ShUi } from '../../src/plugin'
import segmentTheme from '../../src/theme/segment'
import { captureWarnings } from '../support/warnings'

/*
 * The whole merge order on a mounted component:
 * theme defaults < plugin < outer ShConfigProvider < inner ShConfigProvider < `ui` prop < `class` attribute.
 */

const warned = captureWarnings()
const shWarnings = warned.sh

type Level = 'plugin' | 'outer' | 'inner' | 'prop' | 'class'
const LEVELS: Level[] = ['plugin', 'outer', 'inner', 'prop', 'class']

interface Tree {
  plugin?: ShUiOptions
  providers?: Array<{ ui?: ShUiThemeOverrides; unstyled?: boolean }>
  props?: Record<string, unknown>
  component?: Component
}

/** Mounts `component` inside the given providers, with the plugin installed when options are given. */
function render({ plugin, providers = [], props = {}, component = ShSegment }: Tree) {
  const Root = defineComponent(() => () =>
    providers.reduceRight<() => VNode>(
      (inner, provider) => () => h(ShConfigProvider, provider, { default: inner }),
      () => h(component, props, { default: () => 'Content' }),
    )(),
  )
  const wrapper = mount(Root, { global: { plugins: plugin ? [[ShUi, plugin]] : [] } })
  return wrapper
}

/** One padding per level, so the winner is visible, plus one unique class per level to show accumulation. */
const padding: Record<Level, string> = { plugin: 'p-3', outer: 'p-4', inner: 'p-5', prop: 'p-6', class: 'p-7' }
const marker: Record<Level, string> = { plugin: 'shadow', outer: 'rounded', inner: 'italic', prop: 'underline', class: 'border' }

function treeUpTo(level: Level, strategyAt?: Level): Tree {
  const upTo = LEVELS.slice(0, LEVELS.indexOf(level) + 1)
  const wrapperAt = (at: Level) => ({
    wrapper: `${padding[at]} ${marker[at]}`,
    ...(strategyAt === at ? { strategy: 'override' as const } : {}),
  })
  return {
    plugin: upTo.includes('plugin') ? { ui: { segment: wrapperAt('plugin') } } : undefined,
    providers: (['outer', 'inner'] as const).filter((at) => upTo.includes(at)).map((at) => ({ ui: { segment: wrapperAt(at) } })),
    props: {
      ...(upTo.includes('prop') ? { ui: wrapperAt('prop') } : {}),
      ...(upTo.includes('class') ? { class: `${padding.class} ${marker.class}` } : {}),
    },
  }
}

/**
 * ShSegment renders its inner element only when it has a job (a background image, or `ui.inner` classes a writer
 * set); tests about the inner element's own classes give it a background image so it exists with any classes.
 */
const withInner = { imageBackground: '/background.png' }

const rootClasses = (tree: Tree) => render(tree).get('[data-slot="wrapper"]').classes()

describe('precedence matrix on ShSegment', () => {
  it('given no plugin and no provider, when rendered, then the theme defaults apply', () => {
    const wrapper = render({})
    expect(wrapper.get('[data-slot="wrapper"]').classes()).toEqual(segmentTheme.wrapper.split(' '))
    // Nothing to lift above a background and no writer classes: the content sits in the wrapper itself.
    expect(wrapper.find('[data-slot="inner"]').exists()).toBe(false)
    expect(wrapper.get('[data-slot="wrapper"]').text()).toBe('Content')
    expect(render({ props: withInner }).get('[data-slot="inner"]').classes()).toEqual(segmentTheme.inner.split(' '))
    expect(warned.spy).not.toHaveBeenCalled()
  })

  it.each(LEVELS)('given overrides up to the %s level, when rendered, then that level wins the padding conflict and every lower class stays', (level) => {
    const classes = rootClasses(treeUpTo(level))
    const upTo = LEVELS.slice(0, LEVELS.indexOf(level) + 1)
    for (const at of LEVELS) {
      if (at === level) expect(classes).toContain(padding[at])
      else expect(classes).not.toContain(padding[at])
      if (upTo.includes(at)) expect(classes).toContain(marker[at])
    }
    expect(classes).toContain('relative')
  })

  it.each(['plugin', 'outer', 'inner', 'prop'] as const)(
    "given strategy 'override' at the %s level, when rendered, then everything below it is replaced and everything above still merges",
    (strategyAt) => {
      const classes = rootClasses(treeUpTo('class', strategyAt))
      const index = LEVELS.indexOf(strategyAt)
      expect(classes).not.toContain('relative')
      for (const [i, at] of LEVELS.entries()) {
        if (i < index) expect(classes).not.toContain(marker[at])
        else expect(classes).toContain(marker[at])
      }
      expect(classes).toContain(padding.class)
    },
  )

  it("given strategy 'override' on the prop, when a slot is not named, then that slot keeps its default", () => {
    const wrapper = render({ props: { ...withInner, ui: { strategy: 'override', wrapper: 'p-4' } } })
    expect(wrapper.get('[data-slot="wrapper"]').classes()).toEqual(['p-4'])
    expect(wrapper.get('[data-slot="inner"]').classes()).toEqual(['relative'])
  })

  it('given a plugin override of one slot and a prop override of another, when rendered, then both apply', () => {
    const wrapper = render({ plugin: { ui: { segment: { inner: 'max-w-prose' } } }, props: { ui: { wrapper: 'p-4' } } })
    expect(wrapper.get('[data-slot="inner"]').classes()).toEqual(['relative', 'max-w-prose'])
    expect(wrapper.get('[data-slot="wrapper"]').classes()).toEqual(['relative', 'p-4'])
  })

  it('given JSON-string overrides at plugin, provider and prop level, when rendered, then they merge like objects', () => {
    const classes = rootClasses({
      plugin: { ui: { segment: '{"wrapper":"p-3 shadow"}' } },
      providers: [{ ui: { segment: '{"wrapper":"p-4 rounded"}' } }],
      props: { ui: '{"wrapper":"p-6"}' },
    })
    expect(classes).toEqual(['relative', 'shadow', 'rounded', 'p-6'])
  })

  it('given two sibling providers, when rendered, then each scopes its overrides to its own subtree', () => {
    const Root = defineComponent(() => () => [
      h(ShConfigProvider, { ui: { segment: { wrapper: 'p-4' } } }, () => h(ShSegment, { id: 'a' })),
      h(ShConfigProvider, { ui: { segment: { wrapper: 'p-8' } } }, () => h(ShSegment, { id: 'b' })),
      h(ShSegment, { id: 'c' }),
    ])
    const wrapper = mount(Root)
    expect(wrapper.get('#a').classes()).toContain('p-4')
    expect(wrapper.get('#b').classes()).toContain('p-8')
    expect(wrapper.get('#c').classes()).toEqual(['relative'])
  })
})

describe('class attribute forms', () => {
  it.each([
    ['a string', 'p-7 border'],
    ['an object', { 'p-7': true, border: true, hidden: false }],
    ['an array', ['p-7', { border: true }]],
  ])('given the class attribute as %s, when rendered, then it merges last on the root only', (_, cls) => {
    const wrapper = render({ props: { ...withInner, ui: { wrapper: 'p-6' }, class: cls } })
    expect(wrapper.get('[data-slot="wrapper"]').classes()).toEqual(['relative', 'p-7', 'border'])
    expect(wrapper.get('[data-slot="inner"]').classes()).toEqual(['relative'])
  })
})

describe('precedence on ShCheckoutLinks', () => {
  it('given plugin, provider, prop and class for several slots, when rendered, then each slot resolves in order', () => {
    const wrapper = render({
      component: ShCheckoutLinks,
      plugin: { ui: { checkoutLinks: { title: 'text-sm', linkActive: 'bg-sh-mark' } } },
      providers: [{ ui: { checkoutLinks: { title: 'text-lg', list: 'ps-4' } } }],
      props: { links: [{ label: 'A', to: '/a' }], currentPath: '/a', ui: { list: 'ps-8' }, class: 'my-2' },
    })
    expect(wrapper.get('nav').classes()).toEqual(['not-prose', 'text-sh-fg', 'my-2'])
    expect(wrapper.get('[data-slot="title"]').classes()).toEqual(['mb-2', 'font-bold', 'text-lg'])
    expect(wrapper.get('[data-slot="list"]').classes()).toContain('ps-8')
    expect(wrapper.get('[data-slot="list"]').classes()).not.toContain('ps-4')
    expect(wrapper.get('[aria-current="page"]').classes()).toContain('bg-sh-mark')
  })

  it('given an unstyled plugin, when links render, then they carry only override classes', () => {
    const wrapper = render({ component: ShCheckoutLinks, plugin: { unstyled: true }, props: { links: [{ label: 'A', to: '/a' }], ui: { link: 'underline' } } })
    expect(wrapper.get('a').attributes('class')).toBe('underline')
    expect(wrapper.get('nav').attributes('class')).toBe('')
  })
})

describe('unstyled at each level', () => {
  const bare = (tree: Tree) => {
    const wrapper = render({ ...tree, props: { ...withInner, ...tree.props } })
    return [wrapper.get('[data-slot="wrapper"]').attributes('class') ?? '', wrapper.get('[data-slot="inner"]').attributes('class') ?? '']
  }

  it('given unstyled in the plugin, when rendered, then no default classes remain', () => {
    expect(bare({ plugin: { unstyled: true } })).toEqual(['', ''])
  })

  it('given unstyled on a provider, when rendered, then no default classes remain inside it', () => {
    expect(bare({ providers: [{ unstyled: true }] })).toEqual(['', ''])
  })

  it('given unstyled on the prop, when rendered, then no default classes remain', () => {
    expect(bare({ props: { unstyled: true } })).toEqual(['', ''])
  })

  it('given unstyled and overrides, when rendered, then only the overrides and the class attribute remain', () => {
    expect(bare({ plugin: { unstyled: true, ui: { segment: { inner: 'grid' } } }, props: { ui: { wrapper: 'p-4' }, class: 'm-2' } })).toEqual([
      'p-4 m-2',
      'grid',
    ])
  })

  it('given an unstyled plugin, when an inner provider sets unstyled false, then defaults come back inside it', () => {
    expect(bare({ plugin: { unstyled: true }, providers: [{ unstyled: false }] })).toEqual(['relative', 'relative'])
  })

  it('given an unstyled provider, when the prop sets unstyled false, then that component is styled', () => {
    expect(bare({ providers: [{ unstyled: true }], props: { unstyled: false } })).toEqual(['relative', 'relative'])
  })
})

describe('reactivity of every level', () => {
  it('given a mounted tree, when the provider ui, the prop ui and the class attribute change, then the classes follow', async () => {
    const providerUi = ref<ShUiThemeOverrides>({ segment: { wrapper: 'p-4' } })
    const propUi = ref<Record<string, string>>({})
    const cls = ref('')
    const segment = () => h(ShSegment, { ui: propUi.value, class: cls.value })
    const Root = defineComponent(() => () => h(ShConfigProvider, { ui: providerUi.value }, segment))
    const wrapper = mount(Root)
    const root = () => wrapper.get('[data-slot="wrapper"]').classes()
    expect(root()).toContain('p-4')
    providerUi.value = { segment: { wrapper: 'p-5' } }
    await nextTick()
    expect(root()).toContain('p-5')
    propUi.value = { wrapper: 'p-6' }
    await nextTick()
    expect(root()).toEqual(['relative', 'p-6'])
    cls.value = 'p-7'
    await nextTick()
    expect(root()).toEqual(['relative', 'p-7'])
  })
})

describe('invalid options warn once, name the component and key, and keep defaults', () => {
  it('given an unknown key in the plugin options, when rendered, then one warning names ShSegment and ui.segment.<key>', () => {
    const classes = rootClasses({ plugin: { ui: { segment: { wrapperr: 'p-4' } as never } } })
    expect(classes).toEqual(['relative'])
    expect(shWarnings()).toEqual([expect.stringMatching(/^\[sh-ui\] ShSegment: unknown key ui\.segment\.wrapperr/)])
  })

  it('given invalid JSON for a component in a provider, when rendered, then one warning names it and defaults apply', () => {
    const classes = rootClasses({ providers: [{ ui: { segment: '{"wrapper":' } }] })
    expect(classes).toEqual(['relative'])
    expect(shWarnings()).toEqual([expect.stringContaining('ShSegment: ui.segment is not valid JSON')])
  })

  it.each([
    ['a string', 'p-4'],
    ['an array', ['p-4']],
    ['a number', 4],
  ])('given %s as the provider ui, when rendered, then ShConfigProvider warns once and children keep their defaults', (_, ui) => {
    const classes = rootClasses({ providers: [{ ui: ui as never }] })
    expect(classes).toEqual(['relative'])
    expect(shWarnings()).toEqual([expect.stringContaining('[sh-ui] ShConfigProvider: ui must be an object keyed by component')])
  })

  it('given a misspelt component name in provider ui, when rendered, then ShConfigProvider warns once naming it and the valid keys still apply', () => {
    const classes = rootClasses({ providers: [{ ui: { segmnt: { wrapper: 'p-8' }, segment: { wrapper: 'p-3' } } as never }] })
    expect(classes).toEqual(['relative', 'p-3'])
    expect(shWarnings()).toEqual([expect.stringMatching(/^\[sh-ui\] ShConfigProvider: unknown component key ui\.segmnt is ignored\. Known keys: segment, checkoutLinks/)])
  })

  it('given a non-object plugin ui, when installed, then the plugin warns once and components keep their defaults', () => {
    const classes = rootClasses({ plugin: { ui: 'p-4' as never } })
    expect(classes).toEqual(['relative'])
    expect(shWarnings()).toEqual([expect.stringContaining('[sh-ui] ShUi plugin: ui must be an object keyed by component')])
  })

  it.each([
    ['a number', 42, 'got number'],
    ['an array', ['p-4'], 'got an array'],
    ['invalid JSON', '{wrapper: p-4}', 'not valid JSON'],
    ['a numeric leaf', { inner: 3 }, 'ui.inner must be a class string, got number'],
    ['an unknown key', { header: 'x' }, 'unknown key ui.header'],
  ])('given %s as the ui prop, when rendered, then exactly one sh-ui warning names ShSegment and defaults apply', (_, ui, text) => {
    const wrapper = render({ props: { ...withInner, ui } })
    expect(wrapper.get('[data-slot="wrapper"]').classes()).toEqual(['relative'])
    expect(wrapper.get('[data-slot="inner"]').classes()).toEqual(['relative'])
    expect(shWarnings()).toHaveLength(1)
    expect(shWarnings()[0]).toContain('ShSegment')
    expect(shWarnings()[0]).toContain(text)
  })

  it('given a null ui prop, when rendered, then it counts as not set: defaults, no warning', () => {
    expect(rootClasses({ props: { ui: null } })).toEqual(['relative'])
    expect(shWarnings()).toEqual([])
  })

  it('given a bad ui prop, when the component re-renders, then the warning is not repeated', async () => {
    const cls = ref('a')
    const Root = defineComponent(() => () => h(ShSegment, { ui: { wrapperr: 'x' } as never, class: cls.value }))
    const wrapper = mount(Root)
    cls.value = 'b'
    await nextTick()
    expect(wrapper.get('[data-slot="wrapper"]').classes()).toContain('b')
    expect(shWarnings()).toHaveLength(1)
  })
})

describe('nested class-map keys through every level (useUi with a nested theme)', () => {
  // A stand-in for later components (FAQ) whose theme has groups such as `header.title`.
  const nestedTheme = { wrapper: 'p-2 border', header: { title: 'text-xl font-bold', actions: 'flex gap-2' } }
  const Nested = defineComponent({
    name: 'ShNested',
    inheritAttrs: false,
    props: { ui: [Object, String] as PropType<ThemedProps<typeof nestedTheme>['ui']>, unstyled: { type: Boolean, default: undefined } },
    setup(props) {
      // Registered under the segment key only for the test: useUi is generic over any theme shape at runtime.
      const { ui, attrs } = useUi({ key: 'segment' as never, name: 'ShNested', theme: nestedTheme as never, props: props as never, root: 'wrapper' as never })
      const map = ui as unknown as { value: typeof nestedTheme }
      return () =>
        h('div', { ...attrs.value, class: map.value.wrapper, 'data-slot': 'wrapper' }, [
          h('h2', { class: map.value.header.title, 'data-slot': 'header.title' }, 'Title'),
          h('div', { class: map.value.header.actions, 'data-slot': 'header.actions' }),
        ])
    },
  })

  it('given header.title at plugin, provider and prop, and header.actions only at the provider, when rendered, then each key merges on its own', () => {
    const wrapper = render({
      component: Nested,
      plugin: { ui: { segment: { header: { title: 'text-2xl uppercase' } } as never } },
      providers: [{ ui: { segment: { header: { title: 'text-3xl', actions: 'gap-4' } } as never } }],
      props: { ui: { header: { title: 'font-normal' } }, class: 'p-6' },
    })
    expect(wrapper.get('[data-slot="header.title"]').classes()).toEqual(['uppercase', 'text-3xl', 'font-normal'])
    expect(wrapper.get('[data-slot="header.actions"]').classes()).toEqual(['flex', 'gap-4'])
    expect(wrapper.get('[data-slot="wrapper"]').classes()).toEqual(['border', 'p-6'])
  })

  it("given strategy 'override' on the prop with a nested key, when rendered, then only that nested key is replaced", () => {
    const wrapper = render({ component: Nested, props: { ui: '{"strategy":"override","header":{"title":"text-base"}}' } })
    expect(wrapper.get('[data-slot="header.title"]').classes()).toEqual(['text-base'])
    expect(wrapper.get('[data-slot="header.actions"]').classes()).toEqual(['flex', 'gap-2'])
  })

  it('given a wrong type for a nested group, when rendered, then one warning names ShNested and ui.header and defaults apply', () => {
    const wrapper = render({ component: Nested, props: { ui: { header: 'text-2xl' } } })
    expect(wrapper.get('[data-slot="header.title"]').classes()).toEqual(['text-xl', 'font-bold'])
    expect(shWarnings()).toEqual([expect.stringContaining('ShNested: ui.header must be an object with keys title, actions')])
  })
})
