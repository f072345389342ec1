import type { Db } from '../../platform/db/connect.ts'
import { addCounts } from './visit.repository.ts'
import { dayAndHour } from './visit.ts'

// A week of made-up visits so that the statistics page shows charts on a fresh demo: more by
// day than by night, more on weekdays, mostly phones, a few referring sites.
const REFERRERS = ['', '', '', 'google.com', 'facebook.com', 'zalo.me', 'baochinhphu.vn', 'coccoc.com']
const DEVICES = ['mobile', 'mobile', 'mobile', 'desktop', 'desktop', 'tablet']
const KINDS = ['article', 'article', 'article', 'home', 'category', 'documents', 'questions', 'search', 'work-calendar']

export async function seedStatisticsDemo(db: Db, now: Date): Promise<boolean> {
  if (await db.selectFrom('visit_hours').select('day').limit(1).executeTakeFirst()) return false
  const categories = (await db.selectFrom('categories').select('id').orderBy('id').limit(8).execute()).map((c) => c.id)
  const articles = (await db.selectFrom('articles').select('id').where('status', '=', 'published').orderBy('id', 'desc').limit(12).execute()).map((a) => a.id)
  let seed = 16
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const hours = new Map<string, number>()
  const counts = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n)
  const days: { day: string; visitors: number }[] = []
  for (let back = 7; back >= 1; back--) {
    const day = dayAndHour(now.getTime() - back * 86_400_000).day
    const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())
    let dayVisits = 0
    for (let hour = 0; hour < 24; hour++) {
      const daytime = hour >= 7 && hour <= 22 ? 1 : 0.15
      const visits = Math.round((weekend ? 25 : 45) * daytime * (0.7 + random() * 0.6))
      if (visits === 0) continue
      add(hours, `${day} ${hour}`, visits)
      dayVisits += visits
      for (let i = 0; i < visits; i++) {
        const kind = articles.length > 0 ? pick(KINDS) : pick(KINDS.filter((k) => k !== 'article'))
        add(counts, `${day} kind ${kind}`, 1)
        add(counts, `${day} device ${pick(DEVICES)}`, 1)
        add(counts, `${day} referrer ${pick(REFERRERS)}`, 1)
        if ((kind === 'article' || kind === 'category') && categories.length > 0) add(counts, `${day} category ${pick(categories)}`, 1)
        if (kind === 'article') add(counts, `${day} article ${pick(articles)}`, 1)
      }
    }
    days.push({ day, visitors: Math.round(dayVisits * 0.4) })
  }
  await db.transaction().execute(async (trx) => {
    await addCounts(trx, hours, counts)
    await trx.insertInto('visit_days').values(days).execute()
  })
  return true
}
