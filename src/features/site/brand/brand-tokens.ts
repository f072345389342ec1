import type { Db } from '../../../platform/db/connect.ts'
import { contrastRatio, darker, formatRatio } from './contrast.ts'
import { FONTS, type FontKey } from './fonts.ts'

/**
 * The portal's look as the administrator chose it in the newsroom: every token is empty until
 * chosen, and an empty token leaves the portal's own look (site.css) as it is.
 */
export interface BrandTokens {
  /** Header, menu, block titles, buttons: white text sits on it. `#rrggbb` or empty. */
  primary: string
  /** Links and the focus ring on the page. */
  accent: string
  /** The header's own colour when it differs from the primary colour. */
  headerBackground: string
  /** A banner image from the media library, laid over the header colour. */
  headerImageUrl: string
  bodyFont: FontKey | ''
  headingFont: FontKey | ''
}

export const NO_BRAND_TOKENS: BrandTokens = Object.freeze({ primary: '', accent: '', headerBackground: '', headerImageUrl: '', bodyFont: '', headingFont: '' })
export const BRAND_TOKEN_KEYS = Object.keys(NO_BRAND_TOKENS) as (keyof BrandTokens)[]

// The portal's own colours (site.css), against which a single choice is checked.
export const DEFAULT_COLOURS = { primary: '#a4161a', accent: '#0b4f8a', focus: '#0b57d0', soft: '#f6f3ee', white: '#ffffff' } as const

// Kept in site_settings beside the name and footer, one row a token.
const STORED = (key: keyof BrandTokens) => `brand.${key}`

export async function readBrandTokens(db: Db): Promise<BrandTokens> {
  const rows = await db.selectFrom('site_settings').select(['key', 'value']).where('key', 'like', 'brand.%').execute()
  const tokens: Record<string, string> = { ...NO_BRAND_TOKENS }
  for (const key of BRAND_TOKEN_KEYS) {
    const value = rows.find((r) => r.key === STORED(key))?.value
    if (value !== undefined) tokens[key] = value
  }
  // A font taken off the list since it was chosen falls back to the system font.
  for (const key of ['bodyFont', 'headingFont'] as const) if (tokens[key] && !(tokens[key] in FONTS)) tokens[key] = ''
  return tokens as unknown as BrandTokens
}

export async function writeBrandTokens(db: Db, tokens: BrandTokens): Promise<void> {
  for (const key of BRAND_TOKEN_KEYS) {
    await db.insertInto('site_settings').values({ key: STORED(key), value: tokens[key] })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: tokens[key] })).execute()
  }
}

/** The colours the page will show with these tokens: a choice, or the portal's own. */
export function effectiveColours(tokens: BrandTokens) {
  const primary = tokens.primary || DEFAULT_COLOURS.primary
  const header = tokens.headerBackground || primary
  const accent = tokens.accent || DEFAULT_COLOURS.accent
  // On the header and menu the focus ring is white, as their text is (site.css): a blue ring on
  // red showed 1.2:1 where 3:1 is needed.
  const ringOnBrand = DEFAULT_COLOURS.white
  return { primary, primaryDark: darker(primary, 0.25), header, accent, ringOnBrand }
}

export interface ContrastPair {
  /** The form field to put the message beside. */
  field: 'primary' | 'accent' | 'headerBackground'
  /** Which pair, in the newsroom's words. */
  what: string
  foreground: string
  background: string
  needed: 4.5 | 3
  /** Checked only when the administrator chose one of its colours: the portal's own pairs are not re-judged. */
  chosen: boolean
}

export function contrastPairs(tokens: BrandTokens): ContrastPair[] {
  const c = effectiveColours(tokens)
  const white = DEFAULT_COLOURS.white
  const header = Boolean(tokens.headerBackground || tokens.primary)
  return [
    { field: 'primary', what: 'chữ trắng trên màu chủ đạo (tiêu đề khối, nút)', foreground: white, background: c.primary, needed: 4.5, chosen: Boolean(tokens.primary) },
    { field: 'primary', what: 'chữ màu chủ đạo trên nền trắng (tiêu đề mục, đường dẫn khi trỏ chuột)', foreground: c.primary, background: white, needed: 4.5, chosen: Boolean(tokens.primary) },
    { field: 'primary', what: 'chữ trắng trên thanh chuyên mục', foreground: white, background: c.primaryDark, needed: 4.5, chosen: Boolean(tokens.primary) },
    { field: 'headerBackground', what: 'chữ trắng trên nền đầu trang', foreground: white, background: c.header, needed: 4.5, chosen: header },
    { field: 'headerBackground', what: 'vòng tiêu điểm trên nền đầu trang', foreground: c.ringOnBrand, background: c.header, needed: 3, chosen: header },
    { field: 'accent', what: 'liên kết màu nhấn trên nền trắng', foreground: c.accent, background: white, needed: 4.5, chosen: Boolean(tokens.accent) },
    { field: 'accent', what: 'liên kết màu nhấn trên nền nhạt (từ khóa, trích dẫn)', foreground: c.accent, background: DEFAULT_COLOURS.soft, needed: 4.5, chosen: Boolean(tokens.accent) },
    { field: 'accent', what: 'vòng tiêu điểm màu nhấn trên nền trắng', foreground: c.accent, background: white, needed: 3, chosen: Boolean(tokens.accent) },
  ]
}

/** Every pair a choice makes fail WCAG AA, as the Vietnamese reason for the field it came from. */
export function contrastProblems(tokens: BrandTokens): Partial<Record<ContrastPair['field'], string>> {
  const problems: Partial<Record<ContrastPair['field'], string[]>> = {}
  for (const pair of contrastPairs(tokens)) {
    if (!pair.chosen) continue
    const ratio = contrastRatio(pair.foreground, pair.background)
    if (ratio >= pair.needed) continue
    const kind = pair.needed === 3 ? 'cho vòng tiêu điểm' : 'cho chữ'
    ;(problems[pair.field] ??= []).push(`Độ tương phản ${pair.what} (${pair.foreground} trên ${pair.background}) chỉ đạt ${formatRatio(ratio)}:1; chuẩn WCAG AA cần ít nhất ${formatRatio(pair.needed)}:1 ${kind}.`)
  }
  return Object.fromEntries(Object.entries(problems).map(([field, messages]) => [field, messages.join(' ')]))
}
