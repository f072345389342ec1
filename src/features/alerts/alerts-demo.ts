import type { Db } from '../../platform/db/connect.ts'
import { insertAlert } from './alert.repository.ts'

const DAY_MS = 24 * 3600_000

/**
 * One ended alert, so the newsroom's list is not empty and shows what a past one looks like;
 * none active: a storm warning on every page of a fresh demo would read as real news.
 */
export async function seedAlertsDemo(db: Db, now: Date): Promise<boolean> {
  if (await db.selectFrom('alerts').select('id').limit(1).executeTakeFirst()) return false
  const startsAt = new Date(now.getTime() - 3 * DAY_MS)
  await insertAlert(db, {
    level: 'emergency',
    textVi: 'Bão số 9 đổ bộ: người dân các xã ven biển sơ tán trước 17 giờ theo hướng dẫn của chính quyền địa phương.',
    textEn: 'Typhoon No. 9 is making landfall: residents of coastal communes must evacuate before 5 p.m. as local authorities direct.',
    link: '',
    startsAt,
    endsAt: new Date(startsAt.getTime() + DAY_MS),
  }, null, startsAt)
  return true
}
