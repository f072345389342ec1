import type { Db } from '../../platform/db/connect.ts'

export interface SiteSettings {
  name: string
  tagline: string
  governingBody: string
  responsiblePerson: string
  licence: string
  address: string
  phone: string
  email: string
  /** The organisation's emblem in the page header, from the media library; empty for none. */
  logoUrl: string
}

const DEFAULTS: SiteSettings = {
  name: 'Tòa Soạn',
  tagline: '',
  governingBody: '',
  responsiblePerson: '',
  licence: '',
  address: '',
  phone: '',
  email: '',
  logoUrl: '',
}

const KEYS = Object.keys(DEFAULTS) as (keyof SiteSettings)[]

export async function readSiteSettings(db: Db): Promise<SiteSettings> {
  const rows = await db.selectFrom('site_settings').select(['key', 'value']).execute()
  const settings = { ...DEFAULTS }
  for (const row of rows) if ((KEYS as string[]).includes(row.key)) settings[row.key as keyof SiteSettings] = row.value
  return settings
}

export async function writeSiteSettings(db: Db, changes: Partial<SiteSettings>): Promise<void> {
  for (const key of KEYS) {
    const value = changes[key]
    if (value === undefined) continue
    await db.insertInto('site_settings').values({ key, value: value.normalize('NFC') })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: value.normalize('NFC') }))
      .execute()
  }
}
