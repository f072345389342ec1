import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { hashedAsset, type HashedAsset } from '../../../platform/http/hashed-asset.ts'

// The fonts an administrator may choose: self-hosted (no third-party request), drawn for
// Vietnamese. Only the Vietnamese and Latin subsets are served, in the weights the pages use,
// each with its unicode-range so a browser fetches only the files a page's text needs.
export const FONTS = {
  'be-vietnam-pro': { family: 'Be Vietnam Pro', label: 'Be Vietnam Pro (không chân)', fallback: 'sans-serif' },
  'noto-sans': { family: 'Noto Sans', label: 'Noto Sans (không chân)', fallback: 'sans-serif' },
  'noto-serif': { family: 'Noto Serif', label: 'Noto Serif (có chân)', fallback: 'serif' },
} as const
export type FontKey = keyof typeof FONTS
export const FONT_KEYS = Object.keys(FONTS) as FontKey[]
/** The portal's own font, before any is chosen: its faces come with site.css (stylesheet.ts). */
export const DEFAULT_FONT: FontKey = 'noto-sans'

const SUBSETS = ['vietnamese', 'latin'] as const
const FACES = [{ weight: 400, style: 'normal' }, { weight: 400, style: 'italic' }, { weight: 700, style: 'normal' }] as const

interface FontFace {
  font: FontKey
  weight: number
  style: string
  unicodeRange: string
  asset: HashedAsset
}

const require = createRequire(import.meta.url)

function facesOf(font: FontKey): FontFace[] {
  const folder = dirname(require.resolve(`@fontsource/${font}/package.json`))
  const faces: FontFace[] = []
  for (const { weight, style } of FACES) {
    // The package's own stylesheet of that weight names each subset's unicode-range.
    const css = readFileSync(join(folder, style === 'italic' ? `${weight}-italic.css` : `${weight}.css`), 'utf8')
    for (const subset of SUBSETS) {
      const name = `${font}-${subset}-${weight}-${style}`
      const range = new RegExp(`/\\* ${name} \\*/[^}]*unicode-range:\\s*([^;]+);`).exec(css)?.[1]
      if (!range) throw new Error(`@fontsource/${font}: no unicode-range for ${name}`)
      faces.push({ font, weight, style, unicodeRange: range.trim(), asset: hashedAsset(name, readFileSync(join(folder, 'files', `${name}.woff2`)), 'woff2') })
    }
  }
  return faces
}

export const FONT_FACES: readonly FontFace[] = FONT_KEYS.flatMap(facesOf)

/** The @font-face rules of one font (the page shows text at once in the system font: swap). */
export function fontFaceCss(font: FontKey): string {
  return FONT_FACES.filter((f) => f.font === font).map((f) =>
    `@font-face{font-family:"${FONTS[f.font].family}";font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url(${f.asset.url}) format("woff2");unicode-range:${f.unicodeRange}}`).join('\n')
}

export function fontStack(font: FontKey): string {
  return `"${FONTS[font].family}",${FONTS[font].fallback}`
}

/** Every font at once, for the newsroom's preview (a browser downloads only what it shows). */
export const FONT_CATALOGUE = hashedAsset('phong-chu', FONT_KEYS.map(fontFaceCss).join('\n') + '\n', 'css')

/**
 * The files of a font that every page of Vietnamese text draws at once (regular, both subsets):
 * asked for with the stylesheet rather than after it, so the text is rarely redrawn.
 */
export function preloadedFaces(font: FontKey): string[] {
  return FONT_FACES.filter((f) => f.font === font && f.weight === 400 && f.style === 'normal').map((f) => f.asset.url)
}
