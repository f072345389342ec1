import type { Db } from '../../platform/db/connect.ts'
import type { CategoryDirectory } from '../categories/index.ts'
import type { PageKinds } from './page-kind.ts'
import { listTopValues, listVisitsByDay, listVisitsByHour } from './visit.repository.ts'
import { daysBetween, type Dimension } from './visit.ts'

export interface Ranked { label: string; visits: number }

/** Everything the statistics page shows for a range of days. */
export interface StatisticsReport {
  from: string
  to: string
  days: { day: string; visits: number; visitors: number }[]
  hours: number[]
  byKind: Ranked[]
  byDevice: Ranked[]
  byReferrer: Ranked[]
  byCategory: Ranked[]
  byArticle: Ranked[]
  totalVisits: number
}

const DEVICE_NAMES: Record<string, string> = { mobile: 'Điện thoại', tablet: 'Máy tính bảng', desktop: 'Máy tính' }
const TOP = 10

export async function readStatistics(db: Db, categories: CategoryDirectory, kinds: PageKinds, from: string, to: string): Promise<StatisticsReport> {
  const top = (dimension: Dimension) => listTopValues(db, dimension, from, to, TOP)
  const [byDay, hours, kind, device, referrer, category, article, tree] = await Promise.all([
    listVisitsByDay(db, from, to), listVisitsByHour(db, from, to), top('kind'), top('device'), top('referrer'), top('category'), top('article'), categories.tree(),
  ])
  const titles = await articleTitles(db, article.map((a) => Number(a.value)))
  const days = daysBetween(from, to).map((day) => ({ day, visits: byDay.get(day)?.visits ?? 0, visitors: byDay.get(day)?.visitors ?? 0 }))
  return {
    from, to, days, hours,
    byKind: kind.map((k) => ({ label: kinds.nameOf(k.value), visits: k.visits })),
    byDevice: device.map((d) => ({ label: DEVICE_NAMES[d.value] ?? d.value, visits: d.visits })),
    byReferrer: referrer.map((r) => ({ label: r.value || '(gõ địa chỉ, dấu trang hoặc từ trong cổng)', visits: r.visits })),
    byCategory: category.map((c) => ({ label: tree.find(Number(c.value))?.name ?? `Chuyên mục ${c.value} (đã xóa)`, visits: c.visits })),
    byArticle: article.map((a) => ({ label: titles.get(Number(a.value)) ?? `Bài ${a.value} (đã gỡ)`, visits: a.visits })),
    totalVisits: days.reduce((n, d) => n + d.visits, 0),
  }
}

async function articleTitles(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('articles').select(['id', 'title']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r.title]))
}
