import { twMerge } from 'tailwind-merge'

/** Joins class strings; later ones win conflicts (`p-2` then `p-4` gives `p-4`). */
export function mergeClasses(...parts: Array<string | undefined | null | false>): string {
  return twMerge(parts.filter(Boolean).join(' '))
}
