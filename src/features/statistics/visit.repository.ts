import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import type { Dimension } from './visit.ts'
import './visit.table.ts'

export interface RawVisit {
  day: string
  minute: number
  visitor: string
  kind: string
  categoryId: number | null
  articleId: number | null
  referrer: string
  device: string
}

/** The day's salt, made by whichever instance asks first; the others read the same one. */
export async function saltOf(db: Db, day: string): Promise<string> {
  await db.insertInto('visit_salts').values({ day, salt: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('day').doNothing()).execute()
  return (await db.selectFrom('visit_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow()).salt
}

/** Salts of days before `today` are forgotten: no hash of those days can be made again. */
export async function forgetSalts(db: Db, today: string): Promise<void> {
  await db.deleteFrom('visit_salts').where('day', '<', today).execute()
}

const ROWS_A_STATEMENT = 500

export async function insertRawVisits(db: Db, visits: readonly RawVisit[]): Promise<void> {
  for (let i = 0; i < visits.length; i += ROWS_A_STATEMENT) {
    await db.insertInto('visit_events').values(visits.slice(i, i + ROWS_A_STATEMENT).map((v) => ({
      day: v.day, minute: v.minute, visitor: v.visitor, kind: v.kind, category_id: v.categoryId, article_id: v.articleId, referrer: v.referrer, device: v.device,
    }))).execute()
  }
}

/** Adds a batch of counts: "day hour" → visits, and "day dimension value" → visits (in a transaction). */
export async function addCounts(db: Db, hours: ReadonlyMap<string, number>, counts: ReadonlyMap<string, number>): Promise<void> {
  const hourRows = [...hours].map(([key, visits]) => {
    const [day, hour] = key.split(' ') as [string, string]
    return { day, hour: Number(hour), visits }
  })
  for (let i = 0; i < hourRows.length; i += ROWS_A_STATEMENT) {
    await db.insertInto('visit_hours').values(hourRows.slice(i, i + ROWS_A_STATEMENT))
      .onConflict((oc) => oc.columns(['day', 'hour']).doUpdateSet({ visits: sql<number>`visit_hours.visits + excluded.visits` })).execute()
  }
  const countRows = [...counts].map(([key, visits]) => {
    const [day, dimension, ...value] = key.split(' ') as [string, string, ...string[]]
    return { day, dimension, value: value.join(' '), visits }
  })
  for (let i = 0; i < countRows.length; i += ROWS_A_STATEMENT) {
    await db.insertInto('visit_counts').values(countRows.slice(i, i + ROWS_A_STATEMENT))
      .onConflict((oc) => oc.columns(['dimension', 'day', 'value']).doUpdateSet({ visits: sql<number>`visit_counts.visits + excluded.visits` })).execute()
  }
}

/**
 * The distinct visitors of each day still wholly in the raw events (from `fromDay`), written
 * over what was there: run before the raw events of a day are pruned, a day's count is final.
 */
export async function rollUpVisitors(db: Db, fromDay: string): Promise<void> {
  const rows = await db.selectFrom('visit_events').select(['day', (eb) => eb.fn.count<number | string>('visitor').distinct().as('visitors')])
    .where('day', '>=', fromDay).groupBy('day').execute()
  for (const row of rows) {
    await db.insertInto('visit_days').values({ day: row.day, visitors: Number(row.visitors) })
      .onConflict((oc) => oc.column('day').doUpdateSet({ visitors: Number(row.visitors) })).execute()
  }
}

/** Raw events before this minute go (48 hours at most are kept). */
export async function pruneRawVisits(db: Db, beforeMinute: number): Promise<number> {
  const result = await db.deleteFrom('visit_events').where('minute', '<', beforeMinute).executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** Visitors seen since this minute (the footer's "Đang truy cập"). */
export async function countVisitorsSince(db: Db, minute: number): Promise<number> {
  const row = await db.selectFrom('visit_events').select((eb) => eb.fn.count<number | string>('visitor').distinct().as('n')).where('minute', '>=', minute).executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** Visits of one day, and of every day (the footer's "Hôm nay" and "Tổng lượt truy cập"). */
export async function countVisits(db: Db, today: string): Promise<{ today: number; total: number }> {
  const row = await db.selectFrom('visit_hours').select([
    (eb) => eb.fn.sum<number | string | null>('visits').as('total'),
    sql<number | string | null>`sum(case when day = ${today} then visits else 0 end)`.as('today'),
  ]).executeTakeFirst()
  return { today: Number(row?.today ?? 0), total: Number(row?.total ?? 0) }
}

export interface VisitsByDay { day: string; visits: number; visitors: number }

export async function listVisitsByDay(db: Db, from: string, to: string): Promise<Map<string, { visits: number; visitors: number }>> {
  const [visits, visitors] = await Promise.all([
    db.selectFrom('visit_hours').select(['day', (eb) => eb.fn.sum<number | string>('visits').as('visits')]).where('day', '>=', from).where('day', '<=', to).groupBy('day').execute(),
    db.selectFrom('visit_days').select(['day', 'visitors']).where('day', '>=', from).where('day', '<=', to).execute(),
  ])
  const out = new Map<string, { visits: number; visitors: number }>()
  for (const v of visits) out.set(v.day, { visits: Number(v.visits), visitors: 0 })
  for (const v of visitors) out.set(v.day, { visits: out.get(v.day)?.visits ?? 0, visitors: v.visitors })
  return out
}

/** Visits by hour of the day over the range (0–23). */
export async function listVisitsByHour(db: Db, from: string, to: string): Promise<number[]> {
  const rows = await db.selectFrom('visit_hours').select(['hour', (eb) => eb.fn.sum<number | string>('visits').as('visits')])
    .where('day', '>=', from).where('day', '<=', to).groupBy('hour').execute()
  const out = Array.from({ length: 24 }, () => 0)
  for (const r of rows) out[r.hour] = Number(r.visits)
  return out
}

/** The most visited values of a dimension over the range, most first. */
export async function listTopValues(db: Db, dimension: Dimension, from: string, to: string, limit: number): Promise<{ value: string; visits: number }[]> {
  const rows = await db.selectFrom('visit_counts').select(['value', (eb) => eb.fn.sum<number | string>('visits').as('visits')])
    .where('dimension', '=', dimension).where('day', '>=', from).where('day', '<=', to)
    .groupBy('value').orderBy('visits', 'desc').orderBy('value').limit(limit).execute()
  return rows.map((r) => ({ value: r.value, visits: Number(r.visits) }))
}

export interface CounterSettings { showOnline: boolean; showToday: boolean; showTotal: boolean }
export const DEFAULT_COUNTER: CounterSettings = { showOnline: true, showToday: true, showTotal: true }

export async function readCounterSettings(db: Db): Promise<CounterSettings> {
  const row = await db.selectFrom('visit_settings').selectAll().where('id', '=', 1).executeTakeFirst()
  return row ? { showOnline: row.show_online === 1, showToday: row.show_today === 1, showTotal: row.show_total === 1 } : DEFAULT_COUNTER
}

export async function saveCounterSettings(db: Db, s: CounterSettings): Promise<void> {
  const values = { show_online: s.showOnline ? 1 : 0, show_today: s.showToday ? 1 : 0, show_total: s.showTotal ? 1 : 0 }
  await db.insertInto('visit_settings').values({ id: 1, ...values }).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute()
}
