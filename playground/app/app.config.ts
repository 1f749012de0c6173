// Site-wide theme overrides: the plugin layer of every component's class map
// (theme < app.config < ShConfigProvider < `ui` prop < class attribute).
export default defineAppConfig({
  shUi: {
    faq: { header: { title: 'text-3xl tracking-tight' } },
    segment: { wrapper: 'rounded-lg' },
  },
})
