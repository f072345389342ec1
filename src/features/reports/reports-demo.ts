import type { Db } from '../../platform/db/connect.ts'
import { DEFAULT_SETTINGS, saveAlias, writeSettings } from './reports.repository.ts'

/**
 * The royalty sheet's points saved, and the spellings of the demo's "Lê Hải" merged, so the page
 * shows both tables filled. The demo's articles are short (160 to 290 words): tin is under 200 here.
 */
export async function seedReportsDemo(db: Db, now: Date): Promise<boolean> {
  const existing = await db.selectFrom('report_settings').select('key').limit(1).executeTakeFirst()
  if (existing) return false
  await writeSettings(db, { ...DEFAULT_SETTINGS, pointsAnh: 2.5, tinMaxWords: 200 }, now)
  for (const alias of ['Le Hai', 'L.Hải', 'Lê Hải (TTXVN)']) await saveAlias(db, alias, 'Lê Hải', now)
  return true
}
