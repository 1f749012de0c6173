// The options of sh-ui/nuxt (prefix, css, markdown, fetch), checked on what the
// module hands to Nuxt. @nuxt/kit is replaced by recorders: the playground
// generate covers the defaults in a real build, this covers every other choice.
import { beforeEach, describe, expect, test, vi } from 'vitest'
import type { ModuleOptions as Options } from '../../src/nuxt/module'

const kit = vi.hoisted(() => ({
  components: [] as Array<{ name: string; export: string; global: boolean }>,
  imports: [] as Array<{ name: string }>,
  plugins: [] as Array<{ getContents: () => string }>,
  handlers: [] as unknown[],
  installed: new Set<string>(),
}))

vi.mock('@nuxt/kit', () => ({
  defineNuxtModule: (definition: unknown) => definition,
  addComponent: (component: { name: string; export: string; global: boolean }) => kit.components.push(component),
  addImports: (imports: Array<{ name: string }>) => kit.imports.push(...imports),
  addPluginTemplate: (template: { getContents: () => string }) => kit.plugins.push(template),
  addServerHandler: (handler: unknown) => kit.handlers.push(handler),
  addServerTemplate: () => undefined,
  addTemplate: (template: { filename: string }) => ({ dst: `/app/.nuxt/${template.filename}` }),
  addTypeTemplate: () => undefined,
  hasNuxtModule: (name: string) => kit.installed.has(name),
}))

const { default: shUiModule } = await import('../../src/nuxt/module')
type Definition = { defaults: Options; setup: (options: Options, nuxt: unknown) => void }

function setup(options: Options, { dev = false, generate = true } = {}) {
  // Nuxt's production default: these calls are removed from client bundles.
  const clientTreeShake = { vue: ['onRenderTracked', 'onRenderTriggered', 'onServerPrefetch'], '#app': ['definePageMeta'] }
  const nuxt = {
    options: {
      css: [] as string[],
      build: { transpile: [] as string[] },
      dev,
      _generate: generate,
      dir: { public: '/site/public' },
      optimization: { treeShake: { composables: { client: clientTreeShake } } },
    },
  }
  const definition = shUiModule as unknown as Definition
  definition.setup({ ...definition.defaults, ...options }, nuxt)
  return { css: nuxt.options.css, plugin: kit.plugins.at(-1)!.getContents(), clientTreeShake }
}

beforeEach(() => {
  kit.components.length = 0
  kit.imports.length = 0
  kit.plugins.length = 0
  kit.handlers.length = 0
  kit.installed.clear()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

describe('given sh-ui/nuxt with its defaults', () => {
  test('when set up, then every component is global under its Sh name, ShDynamicTable included, and the composables are auto-imported', () => {
    setup({})
    const names = kit.components.map((component) => component.name)
    expect(names).toEqual(expect.arrayContaining(['ShFaq', 'ShFaqItem', 'ShSegment', 'ShCheckoutLinks', 'ShDataTable', 'ShIprTable', 'ShDynamicTable']))
    expect(kit.components.every((component) => component.global)).toBe(true)
    expect(kit.components.find((component) => component.name === 'ShDynamicTable')!.export).toBe('ShDataTable')
    expect(kit.imports.map((entry) => entry.name)).toContain('useUi')
  })

  test('when set up, then onServerPrefetch stays in client bundles (a table that loads on the server keeps the ids below it in hydration) and the rest of Nuxt\'s list is kept', () => {
    const { clientTreeShake } = setup({})
    expect(clientTreeShake.vue).toEqual(['onRenderTracked', 'onRenderTriggered'])
    expect(clientTreeShake['#app']).toEqual(['definePageMeta'])
  })

  test('when set up, then the prebuilt style.css is added and table JSON is served while generating', () => {
    const { css } = setup({})
    expect(css).toEqual(['sh-ui/style.css'])
    expect(kit.handlers).toHaveLength(1)
  })
})

describe('given module options', () => {
  test('when prefix is Oma, then components and the alias are registered as Oma*', () => {
    setup({ prefix: 'Oma' })
    const names = kit.components.map((component) => component.name)
    expect(names).toEqual(expect.arrayContaining(['OmaFaq', 'OmaDynamicTable']))
    expect(names.some((name) => name.startsWith('Sh'))).toBe(false)
  })

  test.each([['tailwind' as const], [false as const]])('when css is %s, then the module adds no stylesheet', (css) => {
    expect(setup({ css }).css).toEqual([])
  })

  test('when @nuxt/content is installed and markdown is auto, then the plugin renders markdown props through MDC', () => {
    kit.installed.add('@nuxt/content')
    expect(setup({}).plugin).toContain(`import { MDC } from '#components'`)
  })

  test('when markdown is builtin, then MDC is not used even with @nuxt/content installed', () => {
    kit.installed.add('@nuxt/content')
    const { plugin } = setup({ markdown: 'builtin' })
    expect(plugin).toContain('const MDC = undefined')
    expect(plugin).not.toContain('#components')
  })

  test('when markdown is mdc without @nuxtjs/mdc or @nuxt/content, then a warning says so and the built-in renderer is used', () => {
    const { plugin } = setup({ markdown: 'mdc' })
    expect(plugin).toContain('const MDC = undefined')
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('markdown: "mdc" needs @nuxtjs/mdc or @nuxt/content'))
  })

  test('when fetch is false, then fetches are not routed through $fetch and no JSON handler is added', () => {
    const { plugin } = setup({ fetch: false })
    expect(plugin).toContain('"fetch":false')
    expect(kit.handlers).toHaveLength(0)
  })

  test('when the app runs Tailwind CSS 3 (@nuxtjs/tailwindcss, as @nuxt/ui v2 installs it), then the stylesheet added is the one without cascade layers', () => {
    kit.installed.add('@nuxtjs/tailwindcss')
    expect(setup({}).css).toEqual(['/app/.nuxt/sh-ui/style.unlayered.css'])
  })

  test('when unstyled is true, then the runtime is told to drop the default classes', () => {
    expect(setup({ unstyled: true }).plugin).toContain('"unstyled":true')
  })
})
