import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { provideUiName, useParentUi, useUi } from '../../../src/composables/useUi'
import theme, { states } from '../../../src/theme/data-table'
import { captureWarnings } from '../../support/warnings'

const warned = captureWarnings()

/** A child that styles one page button through the parent's context, as ShDataTablePagination does. */
const Child = defineComponent({
  props: { current: Boolean },
  setup(props) {
    const { classes, name } = useParentUi('dataTable')
    return () => h('button', { class: classes('pageButton', { current: props.current }), 'data-name': name })
  },
})

function parent(name = 'ShDataTable') {
  return defineComponent({
    inheritAttrs: false,
    props: { ui: Object, current: Boolean },
    setup(props) {
      const { classes } = useUi({ key: 'dataTable', name, theme, states, props: props as never, root: 'wrapper' })
      return () => h('div', [h(Child, { current: props.current }), h('p', { class: classes('tr.base', { selected: true, active: false }) })])
    },
  })
}

describe('useUi states and useParentUi', () => {
  it('given a current page button, when rendered through the parent context, then the pageCurrent classes merge over pageButton', () => {
    const wrapper = mount(parent(), { props: { current: true } })
    const button = wrapper.get('button')
    expect(button.classes()).toEqual(expect.arrayContaining(['bg-sh-accent', 'font-semibold']))
    expect(button.classes()).not.toContain('hover:bg-sh-surface-muted')
  })

  it('given a non-current page button, when rendered, then it has only the pageButton classes', () => {
    const wrapper = mount(parent(), { props: { current: false } })
    expect(wrapper.get('button').classes()).not.toContain('bg-sh-accent')
  })

  it('given ui.pageCurrent overridden, when the button is current, then the override applies through the public key', () => {
    const wrapper = mount(parent(), { props: { current: true, ui: { pageCurrent: 'bg-red-500' } } })
    expect(wrapper.get('button').classes()).toContain('bg-red-500')
    expect(wrapper.get('button').classes()).not.toContain('bg-sh-accent')
  })

  it('given a dotted slot with one state on, when rendered, then only that state leaf is merged', () => {
    const wrapper = mount(parent())
    const row = wrapper.get('p').classes()
    expect(row).toEqual(expect.arrayContaining(['align-top', 'bg-sh-surface-muted']))
    expect(row).not.toContain('hover:bg-sh-surface-muted')
  })

  it('given a wrapper that provides its name, when the child reads the context, then it carries the wrapper name', () => {
    const Wrapper = defineComponent(() => {
      provideUiName('ShIprTable')
      return () => h(parent())
    })
    expect(mount(Wrapper).get('button').attributes('data-name')).toBe('ShIprTable')
  })

  it('given a null ui leaf (YAML "wrapper:" with no value), when rendered, then no warning is given and the default is used', () => {
    const wrapper = mount(parent(), { props: { ui: { pageButton: null } } })
    expect(wrapper.get('button').classes()).toContain('min-w-9')
    expect(warned.sh()).toEqual([])
  })
})
