import type { Db } from '../../platform/db/connect.ts'
import { ValidationError } from '../../platform/http/errors.ts'
import { EMAIL } from '../accounts/index.ts'
import { findMedia, mediaUrl } from '../media/index.ts'
import { writeSiteSettings, type SiteSettings } from '../site/index.ts'
import { FormCheck, type FormValues } from '../admin-kit/index.ts'
import { commitChange, type Actor, type SiteAdminDeps } from './site-admin-kit.ts'

export const SETTINGS_FIELDS = ['name', 'tagline', 'governingBody', 'responsiblePerson', 'licence', 'address', 'phone', 'email', 'logoUrl'] as const satisfies readonly (keyof SiteSettings)[]

const PHONE = /^[0-9+().\-/,;\s]*$/

/** The logo is chosen by its id in the media library; what the header needs is the small variant's address. */
export async function resolveLogo(db: Db, mediaIdText: string, mediaBase?: string): Promise<string> {
  if (mediaIdText === '') return ''
  const media = /^\d{1,9}$/.test(mediaIdText) ? await findMedia(db, Number(mediaIdText)) : undefined
  if (!media) throw new ValidationError({ logoMediaId: 'Không tìm thấy ảnh này trong thư viện ảnh.' })
  return mediaUrl(media, media.widths[0]!, mediaBase)
}

export function parseSettingsForm(values: FormValues, logoUrl: string): SiteSettings {
  const check = new FormCheck(values)
  const settings: SiteSettings = {
    name: check.text('name', 'tên trang', 200, { required: true }),
    tagline: check.text('tagline', 'khẩu hiệu', 300),
    governingBody: check.text('governingBody', 'cơ quan chủ quản', 300),
    responsiblePerson: check.text('responsiblePerson', 'người chịu trách nhiệm', 200),
    licence: check.text('licence', 'giấy phép', 500),
    address: check.text('address', 'địa chỉ', 300),
    phone: check.text('phone', 'số điện thoại', 100),
    email: check.text('email', 'thư điện tử', 200),
    logoUrl,
  }
  if (settings.phone && (!PHONE.test(settings.phone) || !/\d/.test(settings.phone))) {
    check.fail('phone', 'Số điện thoại chỉ gồm chữ số, khoảng trắng và các dấu + ( ) . - /, ví dụ (0256) 3 822 123.')
  }
  if (settings.email && !EMAIL.test(settings.email)) check.fail('email', 'Địa chỉ thư điện tử không hợp lệ, ví dụ banbientap@binhdinh.gov.vn.')
  check.done()
  return settings
}

/** Saves the settings (name, footer…) and announces them, so every page shows them at once. */
export async function saveSiteSettings(deps: SiteAdminDeps, actor: Actor, before: SiteSettings, after: SiteSettings): Promise<void> {
  const changed = SETTINGS_FIELDS.filter((key) => before[key] !== after[key])
  if (changed.length === 0) return
  await commitChange(deps, actor, async (trx) => {
    await writeSiteSettings(trx, after)
    const details = Object.fromEntries(changed.map((key) => [key, { before: before[key], after: after[key] }]))
    return { result: undefined, audit: { action: 'settings.update', itemType: 'settings', details } }
  })
  deps.events.emit('settings.changed', {})
}
