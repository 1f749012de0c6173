// The libraries compared, their pages and how Playwright finds their controls.
export const LIBS = [
  { id: 'sh-ui', label: 'sh-ui', pkg: null, components: { table: 'ShIprTable', faq: 'ShFaq' } },
  { id: 'primevue', label: 'PrimeVue', pkg: 'primevue', components: { table: 'DataTable', faq: 'Accordion' } },
  { id: 'vuetify', label: 'Vuetify', pkg: 'vuetify', components: { table: 'VDataTable', faq: 'VExpansionPanels' } },
  { id: 'nuxt-ui', label: 'Nuxt UI', pkg: '@nuxt/ui', components: { table: 'UTable', faq: 'UAccordion' } },
  // Not an anchor: plain Vue markup with no features (src/libs/floor/), what the browser itself needs for
  // each interaction. Every library's interaction times are also reported as a ratio to it.
  { id: 'floor', label: 'Floor', pkg: null, floor: true, components: { table: 'plain `<table>`', faq: 'plain `<details>`' } },
]

export const FLOOR = LIBS.find((l) => l.floor)

/**
 * `--baseline <dist>`: another sh-ui build (an earlier commit's `npm run build`) on the same sh-ui pages,
 * measured interleaved with today's build in the same rounds, so a regression shows through the machine's noise.
 * Not an anchor, and neither sized nor rendered on the server (those measures are deterministic enough to
 * compare across runs).
 */
export const BASELINE = { id: 'sh-ui-baseline', page: 'sh-ui', label: 'sh-ui baseline', pkg: null, baseline: true, components: LIBS[0].components }

export const KINDS = ['table', 'faq']

/** Every page has one search box; the anchors render it as `type=search`, sh-ui as a searchbox role. */
export const SEARCH = 'input[type=search], [role=searchbox]'
/** FAQ questions: the libraries' disclosure buttons, the floor's `<summary>`. */
export const QUESTION = 'button[aria-expanded], summary'
/** Next-page buttons differ by label only. */
export const NEXT_PAGE = /^(go to )?next( page)?$/i
/** Two sortable text columns, clicked in turn so each click really sorts. */
export const SORT_COLUMNS = ['Company', 'Country-Province']
/** Characters typed into an empty search box: rarer letters change the visible page everywhere. */
export const KEYS = ['q', 'z', 'k', 'x', 'j', 'v', 'w']
