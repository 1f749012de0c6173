/** One question as the reader sees it: plain text, already rendered (see ShFaqList's `toText`). */
export interface FaqSchemaEntry {
  name: string
  text: string
}

/** schema.org FAQPage for the given questions; items without a visible question are left out. */
export function faqPageSchema(entries: FaqSchemaEntry[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries
      .filter((entry) => entry.name.trim())
      .map(({ name, text }) => ({
        '@type': 'Question',
        name,
        acceptedAnswer: { '@type': 'Answer', text },
      })),
  }
}

const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * JSON for a `<script type="application/ld+json">` body. `<`, `>` and `&` are
 * escaped so content like `</script><script>…` cannot close the tag, the line
 * separators so older JavaScript parsers accept it; the JSON value is unchanged.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => SCRIPT_UNSAFE[ch]!)
}
