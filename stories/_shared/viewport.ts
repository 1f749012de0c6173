/**
 * Story `globals` fragments; combine them freely:
 *
 *     export const MobileDark: Story = { globals: { ...mobile, ...dark }, args }
 */

/**
 * Phone-sized canvas (Storybook's built-in `mobile1`, 320 × 568). Vitest
 * resizes its browser page to the same size when the story runs as a test,
 * so `play` assertions about wrapping hold at that width.
 */
export const mobile = { viewport: { value: 'mobile1', isRotated: false } }

/** The dark colour scheme, as chosen with the toolbar's Theme toggle. */
export const dark = { theme: 'dark' }
