/** Types of contrast.js (plain JavaScript so the layout check can inject it into Storybook's iframe). */
export interface Reading {
  kind: 'text' | 'border' | 'icon' | 'focus'
  what: string
  ratio: number
  /** The WCAG AA minimum for this kind: 4.5 for text, 3 otherwise. */
  min: number
}
export function ratio(a: number[], b: number[]): number
export function measureContrast(root: Element, page?: number[]): Reading[]
