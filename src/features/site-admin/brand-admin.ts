import type { Db } from '../../platform/db/connect.ts'
import { findMedia, mediaUrl } from '../media/index.ts'
import { BRAND_TOKEN_KEYS, contrastProblems, FONT_KEYS, HEX_COLOUR, writeBrandTokens, type BrandTokens, type FontKey } from '../site/index.ts'
import { FormCheck, type FormValues } from '../admin-kit/index.ts'
import { commitChange, type Actor, type SiteAdminDeps } from './site-admin-kit.ts'

export const BRAND_FIELDS = ['primary', 'accent', 'headerBackground', 'headerImageMediaId', 'bodyFont', 'headingFont'] as const

/**
 * The banner is chosen by its id in the media library; the header needs its largest variant's
 * address. Undefined: no such image (reported with the form's other problems).
 */
export async function resolveBanner(db: Db, mediaIdText: string, mediaBase?: string): Promise<string | undefined> {
  if (mediaIdText === '') return ''
  const media = /^\d{1,9}$/.test(mediaIdText) ? await findMedia(db, Number(mediaIdText)) : undefined
  return media && mediaUrl(media, Math.max(...media.widths), mediaBase)
}

/**
 * The tokens as typed: colours as #rrggbb (or empty for the portal's own), fonts from the list.
 * A choice that makes text or a focus ring fail WCAG AA is refused with the pair, its ratio and
 * what is needed, beside the colour it came from.
 */
export function parseBrandForm(values: FormValues, headerImageUrl: string | undefined): BrandTokens {
  const check = new FormCheck(values)
  if (headerImageUrl === undefined) check.fail('headerImageMediaId', 'Không tìm thấy ảnh này trong thư viện ảnh.')
  const colour = (key: 'primary' | 'accent' | 'headerBackground', label: string): string => {
    const raw = (values[key] ?? '').toLowerCase()
    if (raw === '') return ''
    const hex = raw.startsWith('#') ? raw : `#${raw}`
    const full = /^#[0-9a-f]{3}$/.test(hex) ? '#' + [...hex.slice(1)].map((d) => d + d).join('') : hex
    if (HEX_COLOUR.test(full)) return full
    check.fail(key, `${label} phải viết dạng #RRGGBB, ví dụ #1f4e8c; để trống để dùng màu mặc định.`)
    return ''
  }
  const font = (key: 'bodyFont' | 'headingFont'): FontKey | '' => {
    const raw = values[key] ?? ''
    if (raw === '' || (FONT_KEYS as string[]).includes(raw)) return raw as FontKey | ''
    check.fail(key, 'Xin chọn phông chữ trong danh sách.')
    return ''
  }
  const tokens: BrandTokens = {
    primary: colour('primary', 'Màu chủ đạo'),
    accent: colour('accent', 'Màu nhấn'),
    headerBackground: colour('headerBackground', 'Màu nền đầu trang'),
    headerImageUrl: headerImageUrl ?? '',
    bodyFont: font('bodyFont'),
    headingFont: font('headingFont'),
  }
  for (const [field, message] of Object.entries(contrastProblems(tokens))) check.fail(field, message)
  check.done()
  return tokens
}

/** Saves the tokens and announces them: every page is purged and links the new brand stylesheet. */
export async function saveBrandTokens(deps: SiteAdminDeps, actor: Actor, before: BrandTokens, after: BrandTokens): Promise<void> {
  const changed = BRAND_TOKEN_KEYS.filter((key) => before[key] !== after[key])
  if (changed.length === 0) return
  await commitChange(deps, actor, async (trx) => {
    await writeBrandTokens(trx, after)
    const details = Object.fromEntries(changed.map((key) => [`brand.${key}`, { before: before[key], after: after[key] }]))
    return { result: undefined, audit: { action: 'settings.update', itemType: 'settings', details } }
  })
  deps.events.emit('settings.changed', {})
}
