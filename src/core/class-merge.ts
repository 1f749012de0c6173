import { createTailwindMerge } from 'tailwind-merge'
import { classMergeConfig } from './class-merge-config'

/** tailwind-merge with the class groups content blocks override (see scripts/build-class-merge.mjs). */
const twMerge = createTailwindMerge(() => classMergeConfig)

/** Joins class strings; later ones win conflicts (`p-2` then `p-4` gives `p-4`). */
export function mergeClasses(...parts: Array<string | undefined | null | false>): string {
  return twMerge(parts.filter(Boolean).join(' '))
}
