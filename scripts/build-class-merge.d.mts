import type { ConfigExtension } from 'tailwind-merge'

/** sh-ui's theme tokens that tailwind-merge cannot know (`rounded-sh`), as a tailwind-merge extension. */
export const SH_TOKENS: ConfigExtension<string, string>
/** src/core/class-merge-config.ts */
export const target: string
/** The TypeScript source the script writes to `target`. */
export function generate(): string
