import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { SCORES, SURVEY_ASPECTS, type Rating, type RatingReason, type SurveyAnswer, type SurveyAspect } from './rating.ts'

export interface MarkedDay {
  day: string
  mark: string
}

/** Stores the reader's answer unless they gave one for this item today; true when it counted. */
export async function insertRating(db: Db, item: { kind: string; id: number }, rating: Rating, reader: MarkedDay, now: Date): Promise<boolean> {
  const rows = await db.insertInto('content_ratings').values({
    kind: item.kind, item_id: item.id, day: reader.day, reader_mark: reader.mark,
    helpful: rating.helpful ? 1 : 0, reason: rating.reason, comment: rating.comment, created_at: now.toISOString(),
  }).onConflict((oc) => oc.columns(['kind', 'item_id', 'day', 'reader_mark']).doNothing()).returning('id').execute()
  return rows.length > 0
}

export interface RatingFilter {
  kind?: string
  /** From this day on (Viet Nam's days, "2026-11-07"); every day when absent. */
  fromDay?: string
}

export interface ItemTotals {
  kind: string
  itemId: number
  yes: number
  no: number
  reasons: Partial<Record<RatingReason, number>>
}

/** Each item's yes and no, the least helpful first (the smallest share of yes, then the most no). */
export async function listItemTotals(db: Db, filter: RatingFilter, limit: number): Promise<ItemTotals[]> {
  const rows = await filtered(db, filter)
    .select(['kind', 'item_id'])
    .select((eb) => [eb.fn.countAll<number | string>().as('total'), eb.fn.sum<number | string>('helpful').as('yes')])
    .groupBy(['kind', 'item_id'])
    .orderBy(sql`sum(helpful) * 1.0 / count(*)`)
    .orderBy(sql`count(*) - sum(helpful)`, 'desc')
    .orderBy('kind').orderBy('item_id')
    .limit(limit)
    .execute()
  if (rows.length === 0) return []
  const reasonRows = await filtered(db, filter)
    .select(['kind', 'item_id', 'reason']).select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('helpful', '=', 0).where('reason', '!=', '')
    .where('item_id', 'in', rows.map((r) => r.item_id))
    .groupBy(['kind', 'item_id', 'reason']).execute()
  return rows.map((r) => {
    const yes = Number(r.yes)
    const reasons: Partial<Record<RatingReason, number>> = {}
    for (const x of reasonRows) if (x.kind === r.kind && x.item_id === r.item_id) reasons[x.reason as RatingReason] = Number(x.n)
    return { kind: r.kind, itemId: r.item_id, yes, no: Number(r.total) - yes, reasons }
  })
}

export interface RatingComment {
  kind: string
  itemId: number
  helpful: boolean
  reason: string
  comment: string
  createdAt: Date
}

/** The newest comments readers left with their answers (for the newsroom only). */
export async function listRecentComments(db: Db, filter: RatingFilter, limit: number): Promise<RatingComment[]> {
  const rows = await filtered(db, filter).select(['kind', 'item_id', 'helpful', 'reason', 'comment', 'created_at'])
    .where('comment', '!=', '').orderBy('id', 'desc').limit(limit).execute()
  return rows.map((r) => ({ kind: r.kind, itemId: r.item_id, helpful: r.helpful === 1, reason: r.reason, comment: r.comment, createdAt: toInstant(r.created_at) }))
}

function filtered(db: Db, filter: RatingFilter) {
  let query = db.selectFrom('content_ratings')
  if (filter.kind) query = query.where('kind', '=', filter.kind)
  if (filter.fromDay) query = query.where('day', '>=', filter.fromDay)
  return query
}

/** Stores the reader's survey unless they answered today; true when it counted. */
export async function insertSurveyAnswer(db: Db, answer: SurveyAnswer, reader: MarkedDay, now: Date): Promise<boolean> {
  const rows = await db.insertInto('survey_answers').values({
    day: reader.day, reader_mark: reader.mark, ...answer.scores, comment: answer.comment, created_at: now.toISOString(),
  }).onConflict((oc) => oc.columns(['day', 'reader_mark']).doNothing()).returning('id').execute()
  return rows.length > 0
}

export interface SurveyTotals {
  answers: number
  /** For each question, how many answered each score 1…5 (index 0 is score 1). */
  counts: Record<SurveyAspect['column'], number[]>
}

export async function surveyTotals(db: Db, fromDay?: string): Promise<SurveyTotals> {
  const counts = Object.fromEntries(SURVEY_ASPECTS.map((a) => [a.column, SCORES.map(() => 0)])) as SurveyTotals['counts']
  let answers = 0
  for (const aspect of SURVEY_ASPECTS) {
    let query = db.selectFrom('survey_answers').select((eb) => [eb.ref(aspect.column).as('score'), eb.fn.countAll<number | string>().as('n')]).groupBy(aspect.column)
    if (fromDay) query = query.where('day', '>=', fromDay)
    let sum = 0
    for (const row of await query.execute()) {
      const score = Number(row.score)
      if (score >= 1 && score <= 5) counts[aspect.column][score - 1] = Number(row.n)
      sum += Number(row.n)
    }
    answers = Math.max(answers, sum)
  }
  return { answers, counts }
}

export interface SurveyComment {
  comment: string
  createdAt: Date
}

export async function listSurveyComments(db: Db, fromDay: string | undefined, limit: number): Promise<SurveyComment[]> {
  let query = db.selectFrom('survey_answers').select(['comment', 'created_at']).where('comment', '!=', '')
  if (fromDay) query = query.where('day', '>=', fromDay)
  const rows = await query.orderBy('id', 'desc').limit(limit).execute()
  return rows.map((r) => ({ comment: r.comment, createdAt: toInstant(r.created_at) }))
}
