import { hashedAsset, type HashedAsset } from '../../../platform/http/hashed-asset.ts'
import { effectiveColours, type BrandTokens } from './brand-tokens.ts'
import { DEFAULT_FONT, fontFaceCss, fontStack } from './fonts.ts'

// A media address as the library makes it; anything else never reaches a stylesheet.
const SAFE_URL = /^(https?:\/\/[A-Za-z0-9.:-]+)?\/[A-Za-z0-9/._%-]+$/

/**
 * The tokens as a small stylesheet after site.css: a `:root{--…}` block and, for a chosen font or
 * banner, the rules that use them. Undefined when nothing is chosen: readers' pages stay as they were.
 */
export function brandCss(tokens: BrandTokens): string | undefined {
  const c = effectiveColours(tokens)
  const vars: string[] = []
  const rules: string[] = []
  if (tokens.primary) vars.push(`--brand:${c.primary}`, `--brand-dark:${c.primaryDark}`)
  if (tokens.headerBackground) vars.push(`--header-bg:${c.header}`)
  if (tokens.primary || tokens.headerBackground) vars.push('--tagline:#fff', `--focus-on-brand:${c.ringOnBrand}`)
  if (tokens.accent) vars.push(`--link:${c.accent}`, `--focus:${c.accent}`)
  // The portal's own font has its faces in site.css already.
  if (tokens.bodyFont) {
    if (tokens.bodyFont !== DEFAULT_FONT) rules.push(fontFaceCss(tokens.bodyFont))
    vars.push(`--font-body:${fontStack(tokens.bodyFont)}`)
  }
  if (tokens.headingFont) {
    if (tokens.headingFont !== tokens.bodyFont && tokens.headingFont !== DEFAULT_FONT) rules.push(fontFaceCss(tokens.headingFont))
    rules.push(`h1,h2,h3,.site-title{font-family:${fontStack(tokens.headingFont)}}`)
  }
  if (tokens.headerImageUrl && SAFE_URL.test(tokens.headerImageUrl)) {
    // A veil over the picture keeps the white name, tagline and controls legible on a light banner.
    rules.push(`@media screen{.site-header{background-image:linear-gradient(rgba(0,0,0,.4),rgba(0,0,0,.4)),url("${tokens.headerImageUrl}");background-size:cover;background-position:center}:is(.site-title,.site-tagline,.site-search>label,.reading-tools legend,.reading-tools .contrast){text-shadow:0 1px 2px rgba(0,0,0,.6)}}`)
  }
  if (vars.length === 0 && rules.length === 0) return undefined
  return [...(vars.length ? [`:root{${vars.join(';')}}`] : []), ...rules].join('\n') + '\n'
}

/**
 * The brand stylesheets this instance has made, by address. A page cached a moment before a
 * change still links the previous one, so a few are kept.
 */
export class BrandStylesheets {
  readonly #byUrl = new Map<string, HashedAsset>()

  constructor(private readonly keep = 16) {}

  /** The stylesheet of these tokens, or undefined when none is needed. */
  of(tokens: BrandTokens): HashedAsset | undefined {
    const css = brandCss(tokens)
    if (css === undefined) return undefined
    const asset = hashedAsset('thuong-hieu', css, 'css')
    this.#byUrl.delete(asset.url)
    this.#byUrl.set(asset.url, asset)
    for (const oldest of this.#byUrl.keys()) {
      if (this.#byUrl.size <= this.keep) break
      this.#byUrl.delete(oldest)
    }
    return asset
  }

  find(url: string): HashedAsset | undefined {
    return this.#byUrl.get(url)
  }
}
