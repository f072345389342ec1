import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { addHistory as addCaseHistory, listHistory as listCaseHistory, nextSequence, trackingCode } from '../cases/index.ts'
import './question.table.ts'
import {
  CASE_KIND, CLOSED_STATUSES, CODE_PREFIX, type HistoryEntry, type InternalNote, type PublishedQuestion, type QuestionCase, type QuestionStatus, type QuestionTopic,
} from './question.ts'

// Every statement Hỏi đáp runs. Instants are written as ISO text on both databases.

const iso = (d: Date) => d.toISOString()
const nullableInstant = (v: string | Date | null) => (v === null ? null : toInstant(v))

export async function listTopics(db: Db): Promise<QuestionTopic[]> {
  return db.selectFrom('question_topics').select(['id', 'name']).orderBy('position').orderBy('id').execute()
}

export async function insertTopic(db: Db, name: string): Promise<number> {
  const last = await db.selectFrom('question_topics').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst()
  const row = await db.insertInto('question_topics').values({ name, position: Number(last?.p ?? 0) + 1 }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function renameTopic(db: Db, id: number, name: string): Promise<void> {
  await db.updateTable('question_topics').set({ name }).where('id', '=', id).execute()
}

export interface NewQuestion {
  topicId: number
  title: string
  body: string
  publicName: string
  askerName: string
  email: string
  phone: string
  address: string
  lang: string
  dueOn: string
}

/** Gives the question the year's next number; the unique index settles two at once (the caller retries). */
export async function insertQuestion(db: Db, q: NewQuestion, year: number, now: Date): Promise<{ id: number; code: string }> {
  const sequence = await nextSequence(db, 'questions', year)
  const code = trackingCode(CODE_PREFIX, year, sequence)
  const row = await db.insertInto('questions').values({
    code, year, sequence, topic_id: q.topicId, title: q.title, body: q.body, public_name: q.publicName, asker_name: q.askerName,
    email: q.email, phone: q.phone, address: q.address, lang: q.lang, status: 'new', due_on: q.dueOn,
    received_at: iso(now), consented_at: iso(now), updated_at: iso(now),
  }).returning('id').executeTakeFirstOrThrow()
  await addHistory(db, row.id, 'new', '', null, now)
  return { id: row.id, code }
}

export async function addHistory(db: Db, questionId: number, status: QuestionStatus, note: string, userId: number | null, now: Date): Promise<void> {
  await addCaseHistory(db, CASE_KIND, questionId, status, note, userId, now)
}

export const listHistory = (db: Db, questionId: number): Promise<HistoryEntry[]> => listCaseHistory<QuestionStatus>(db, CASE_KIND, questionId)

export async function addNote(db: Db, questionId: number, userId: number | null, body: string, now: Date): Promise<void> {
  await db.insertInto('question_notes').values({ question_id: questionId, user_id: userId, body, at: iso(now) }).execute()
}

export async function listNotes(db: Db, questionId: number): Promise<InternalNote[]> {
  const rows = await db.selectFrom('question_notes').leftJoin('users', 'users.id', 'question_notes.user_id')
    .select(['question_notes.id', 'question_notes.body', 'question_notes.at', 'users.name as userName'])
    .where('question_notes.question_id', '=', questionId).orderBy('question_notes.id').execute()
  return rows.map((r) => ({ id: r.id, body: r.body, at: toInstant(r.at), userName: r.userName }))
}

function caseQuery(db: Db) {
  return db.selectFrom('questions')
    .innerJoin('question_topics', 'question_topics.id', 'questions.topic_id')
    .leftJoin('users', 'users.id', 'questions.assignee_id')
    .selectAll('questions').select(['question_topics.name as topicName', 'users.name as assigneeName'])
}

type CaseRow = Awaited<ReturnType<ReturnType<typeof caseQuery>['executeTakeFirstOrThrow']>>

function toCase(r: CaseRow): QuestionCase {
  return {
    id: r.id, code: r.code, topic: { id: r.topic_id, name: r.topicName }, title: r.title, body: r.body, publicName: r.public_name,
    askerName: r.asker_name, email: r.email, phone: r.phone, address: r.address, status: r.status as QuestionStatus,
    assignee: r.assignee_id !== null ? { id: r.assignee_id, name: r.assigneeName ?? '' } : undefined,
    unit: r.unit_id !== null ? { id: r.unit_id, name: r.unit_name } : undefined,
    dueOn: r.due_on, answerHtml: r.answer_html, slug: r.slug, publishedAt: nullableInstant(r.published_at), isFaq: Number(r.is_faq) === 1,
    receivedAt: toInstant(r.received_at), closedAt: nullableInstant(r.closed_at), contactErasedAt: nullableInstant(r.contact_erased_at), lang: r.lang,
  }
}

export async function findCase(db: Db, id: number): Promise<QuestionCase | undefined> {
  const row = await caseQuery(db).where('questions.id', '=', id).executeTakeFirst()
  return row && toCase(row)
}

export async function findCaseByCode(db: Db, code: string): Promise<QuestionCase | undefined> {
  const row = await caseQuery(db).where('questions.code', '=', code).executeTakeFirst()
  return row && toCase(row)
}

export interface QueueFilter {
  status?: QuestionStatus
  /** Open cases whose due day has passed. */
  overdueOn?: string
  limit: number
}

export async function listCases(db: Db, filter: QueueFilter): Promise<QuestionCase[]> {
  let query = caseQuery(db)
  if (filter.status) query = query.where('questions.status', '=', filter.status)
  if (filter.overdueOn) query = query.where('questions.status', 'not in', CLOSED_STATUSES).where('questions.due_on', '<', filter.overdueOn)
  const rows = await query.orderBy('questions.due_on').orderBy('questions.id').limit(filter.limit).execute()
  return rows.map(toCase)
}

export async function countByStatus(db: Db): Promise<Partial<Record<QuestionStatus, number>>> {
  const rows = await db.selectFrom('questions').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute()
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]))
}

export async function countOverdue(db: Db, today: string): Promise<number> {
  const row = await db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'not in', CLOSED_STATUSES).where('due_on', '<', today).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Cases given to this user that still need their work. */
export async function countAssignedTo(db: Db, userId: number): Promise<number> {
  const row = await db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('assignee_id', '=', userId).where('status', 'in', ['assigned', 'in_progress']).executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function updateCase(db: Db, id: number, changes: Partial<{
  status: QuestionStatus; assignee_id: number | null; unit_id: number | null; unit_name: string; answer_html: string; answered_by: number | null; approved_by: number | null
  slug: string; published_at: string; closed_at: string; is_faq: number
}>, now: Date): Promise<void> {
  await db.updateTable('questions').set({ ...changes, updated_at: iso(now) }).where('id', '=', id).execute()
}

/** Newsroom users who may be given a case (holders of 'question.answer' are checked by the caller). */
export async function listActiveUsers(db: Db): Promise<{ id: number; name: string; role: string }[]> {
  return db.selectFrom('users').select(['id', 'name', 'role']).where('is_active', '=', 1).orderBy('name').execute()
}

export async function readRetentionMonths(db: Db): Promise<number> {
  const row = await db.selectFrom('question_settings').select('retention_months').where('id', '=', 1).executeTakeFirst()
  return row?.retention_months ?? 24
}

export async function writeRetentionMonths(db: Db, months: number): Promise<void> {
  await db.updateTable('question_settings').set({ retention_months: months }).where('id', '=', 1).execute()
}

/** Empties the contact details of cases closed before `closedBefore`; the question and answer stay. */
export async function eraseContacts(db: Db, closedBefore: Date, now: Date): Promise<number[]> {
  const rows = await db.selectFrom('questions').select('id')
    .where('status', 'in', CLOSED_STATUSES).where('closed_at', '<', iso(closedBefore)).where('contact_erased_at', 'is', null).execute()
  const ids = rows.map((r) => r.id)
  if (ids.length === 0) return []
  await db.updateTable('questions').set({ asker_name: '', email: '', phone: '', address: '', contact_erased_at: iso(now) }).where('id', 'in', ids).execute()
  return ids
}

// Readers' side: only answered, approved questions.

function publishedQuery(db: Db) {
  return db.selectFrom('questions').innerJoin('question_topics', 'question_topics.id', 'questions.topic_id')
    .select(['questions.id', 'questions.slug', 'questions.topic_id', 'question_topics.name as topicName', 'questions.title', 'questions.body',
      'questions.public_name', 'questions.answer_html', 'questions.received_at', 'questions.published_at', 'questions.updated_at', 'questions.is_faq'])
    .where('questions.status', '=', 'answered').where('questions.published_at', 'is not', null)
}

type PublishedRow = Awaited<ReturnType<ReturnType<typeof publishedQuery>['executeTakeFirstOrThrow']>>

function toPublished(r: PublishedRow): PublishedQuestion {
  return {
    id: r.id, slug: r.slug!, topic: { id: r.topic_id, name: r.topicName }, title: r.title, body: r.body, publicName: r.public_name,
    answerHtml: r.answer_html, receivedAt: toInstant(r.received_at), publishedAt: toInstant(r.published_at!), updatedAt: toInstant(r.updated_at),
    isFaq: Number(r.is_faq) === 1,
  }
}

export async function findPublishedBySlug(db: Db, slug: string): Promise<PublishedQuestion | undefined> {
  const row = await publishedQuery(db).where('questions.slug', '=', slug).executeTakeFirst()
  return row && toPublished(row)
}

/** The FAQ first, then the newest answers. */
export async function listPublished(db: Db, options: PublishedFilter & { limit: number; offset?: number; ids?: readonly number[]; afterId?: number; upToId?: number; byId?: boolean }): Promise<PublishedQuestion[]> {
  let query = narrowed(publishedQuery(db), options)
  if (options.ids) query = query.where('questions.id', 'in', options.ids.length ? [...options.ids] : [-1])
  if (options.afterId !== undefined) query = query.where('questions.id', '>', options.afterId)
  if (options.upToId !== undefined) query = query.where('questions.id', '<=', options.upToId)
  query = options.byId ? query.orderBy('questions.id') : query.orderBy('questions.is_faq', 'desc').orderBy('questions.published_at', 'desc').orderBy('questions.id', 'desc')
  if (options.offset) query = query.offset(options.offset)
  return (await query.limit(options.limit).execute()).map(toPublished)
}

/** The public list's narrowing: one topic, and the FAQ only or all but the FAQ. */
export interface PublishedFilter {
  topicId?: number
  faq?: boolean
}

function narrowed<Q extends ReturnType<typeof publishedQuery>>(query: Q, filter: PublishedFilter): Q {
  let q = query
  if (filter.topicId !== undefined) q = q.where('questions.topic_id', '=', filter.topicId) as Q
  if (filter.faq !== undefined) q = q.where('questions.is_faq', '=', filter.faq ? 1 : 0) as Q
  return q
}

export async function countPublished(db: Db, filter: PublishedFilter = {}): Promise<number> {
  const row = await narrowed(publishedQuery(db), filter).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function listPublishedIdRanges(db: Db, size: number): Promise<{ number: number; lastModified: Date }[]> {
  const rows = await db.selectFrom('questions')
    .select([sql<number>`(id - 1) / ${size} + 1`.as('n'), (eb) => eb.fn.max('updated_at').as('last')])
    .where('status', '=', 'answered').where('published_at', 'is not', null).groupBy(sql`(id - 1) / ${size} + 1`).orderBy('n').execute()
  return rows.map((r) => ({ number: Number(r.n), lastModified: toInstant(r.last as string | Date) }))
}
