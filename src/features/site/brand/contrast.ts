// WCAG 2.1 contrast (relative luminance, https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio):
// AA asks 4.5:1 for text and 3:1 for focus rings and other parts of the interface.

export const HEX_COLOUR = /^#[0-9a-f]{6}$/

export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** A colour made darker by a share (the menu bar under a header of the primary colour). */
export function darker(hex: string, share: number): string {
  return '#' + [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - share)).toString(16).padStart(2, '0')).join('')
}

/** 4.49 shows as "4,49", never rounded up to a ratio it does not reach. */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2).replace(/0$/, '').replace(/\.0$/, '').replace('.', ',')
}
