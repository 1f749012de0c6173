// dist/meta.json (`sh-ui/meta.json`): every component's props, slots and
// events with their descriptions, read from the TypeScript types by
// vue-component-meta (what nuxt-component-meta, Nuxt Studio and the MDC
// extension for VS Code build on). Components and aliases are those the
// Nuxt module registers, so the file names exactly what MDC pages can write.
import { readFileSync, writeFileSync } from 'node:fs'
import { createCheckerByJson } from 'vue-component-meta'
import { readPackage, root } from './build-entries.mjs'

const ALIASES = { ShDynamicTable: 'ShDataTable' }

/** `export { default as ShFaq } from './components/ShFaq.vue'` lines of src/index.ts. */
const sources = Object.fromEntries(
  [...readFileSync(`${root}src/index.ts`, 'utf8').matchAll(/export \{ default as (Sh\w+) \} from '\.\/(components\/\w+\.vue)'/g)].map(
    ([, name, file]) => [name, `${root}src/${file}`],
  ),
)

// Without src/env.d.ts: its `*.vue` shim would hide the real component types.
const checker = createCheckerByJson(
  root,
  {
    include: ['src/**/*.ts', 'src/**/*.vue'],
    exclude: ['src/env.d.ts', 'src/nuxt/**'],
    compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', skipLibCheck: true, types: [] },
  },
  { forceUseTs: true, printer: { newLine: 1 }, noDeclarations: true },
)

/** One line per component, for a content writer; a component missing here gets the comment before its defineOptions. */
const SUMMARIES = {
  ShFaq: 'An accessible FAQ: questions from `qas` or :::ShFaqItem children, markdown answers, search, deep links and FAQPage JSON-LD.',
  ShFaqItem: 'One question inside ::ShFaq whose answer is the markdown between :::ShFaqItem{q="…"} and :::.',
  ShSegment: 'A styled wrapper around any markdown content, with an optional decorative background image.',
  ShCheckoutLinks: 'The "Checkout as well:" block: a titled list of related links, as a labelled navigation landmark.',
  ShConfigProvider: 'Scopes class-map overrides (`ui`) and `unstyled` to everything inside it.',
  ShDataTable: 'A data table with search, quick filters, sorting, pagination and CSV/JSON export; takes the ::ShDynamicTable configuration.',
  ShIprTable: 'The IPR declarations table: ShDataTable preset with the columns of the OMA pages.',
  ShMarkdown: 'Renders a markdown string (CommonMark, MDC link attributes, sanitised inline HTML).',
}

/** Shared props every themed component has, documented once. */
const SHARED_PROPS = {
  ui: 'Class-map overrides, an object or a JSON string; keys as in the component\'s theme. `strategy: "override"` replaces the defaults.',
  unstyled: 'Drop the default classes; only overrides remain.',
}

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

function describe(name, file) {
  if (SUMMARIES[name]) return SUMMARIES[name]
  const comment = /\/\*\*?((?:(?!\*\/)[\s\S])*)\*\/\s*defineOptions\(/.exec(readFileSync(file, 'utf8'))?.[1] ?? ''
  return comment.replace(/^\s*\*\s?/gm, '').replace(/\s+/g, ' ').trim()
}

function entry(name, exportName) {
  const file = sources[exportName]
  const meta = checker.getComponentMeta(file, 'default')
  return {
    pascalName: name,
    kebabName: kebab(name),
    export: exportName,
    description: describe(exportName, file),
    mdc: `::${name}`,
    meta: {
      props: meta.props
        .filter((prop) => !prop.global)
        .map(({ name: prop, description, type, default: value, required, tags }) => ({
          name: prop,
          description: description || SHARED_PROPS[prop] || '',
          type,
          default: value,
          required,
          tags,
        })),
      slots: meta.slots.map(({ name: slot, description, type }) => ({ name: slot, description, type })),
      events: meta.events.map(({ name: event, description, type, signature }) => ({ name: event, description, type, signature })),
    },
  }
}

const components = {}
for (const name of Object.keys(sources).sort()) components[name] = entry(name, name)
for (const [alias, target] of Object.entries(ALIASES)) if (sources[target]) components[alias] = { ...entry(alias, target), aliasOf: target }

const { name, version } = readPackage()
writeFileSync(`${root}dist/meta.json`, `${JSON.stringify({ name, version, components }, null, 2)}\n`)
console.log(`meta: dist/meta.json (${Object.keys(components).length} components)`)
