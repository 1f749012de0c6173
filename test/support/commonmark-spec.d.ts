// commonmark-spec ships no types: its CommonJS export is the spec text and its parsed examples.
declare module 'commonmark-spec' {
  const spec: { text: string; tests: Array<{ markdown: string; html: string; section: string; number: number }> }
  export default spec
}
