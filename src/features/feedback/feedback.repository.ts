import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { addHistory, nextSequence, trackingCode } from '../cases/index.ts'
import './feedback.table.ts'
import { CASE_KIND, CLOSED_STATUSES, CODE_PREFIX, type AttachmentKind, type FeedbackCase, type FeedbackStatus, type RecordedCase } from './feedback.ts'

// Every statement Phản ánh, kiến nghị runs. Instants are written as ISO text on both databases.

const iso = (d: Date) => d.toISOString()
const nullableInstant = (v: string | Date | null) => (v === null ? null : toInstant(v))

export interface NewFeedback {
  title: string
  body: string
  place: string
  happenedOn: string
  unit: string
  senderName: string
  email: string
  phone: string
  namedPublicly: boolean
  publicName: string
  dueOn: string
  attachments: { kind: AttachmentKind; bytes: Buffer }[]
}

/** Gives the case the year's next number (withNextNumber retries when two take one at once). */
export async function insertFeedback(db: Db, f: NewFeedback, year: number, now: Date): Promise<{ id: number; code: string }> {
  const sequence = await nextSequence(db, 'feedback', year)
  const code = trackingCode(CODE_PREFIX, year, sequence)
  const row = await db.insertInto('feedback').values({
    code, year, sequence, title: f.title, body: f.body, place: f.place, happened_on: f.happenedOn, unit: f.unit, sender_name: f.senderName,
    email: f.email, phone: f.phone, named_publicly: f.namedPublicly ? 1 : 0, public_name: f.publicName, handler_id: null, due_on: f.dueOn,
    received_at: iso(now), consented_at: iso(now), closed_at: null, closed_on: null, contact_erased_at: null, updated_at: iso(now),
  }).returning('id').executeTakeFirstOrThrow()
  for (const a of f.attachments) await db.insertInto('feedback_attachments').values({ feedback_id: row.id, kind: a.kind, size: a.bytes.length, bytes: a.bytes }).execute()
  await addHistory(db, CASE_KIND, row.id, 'received', '', null, now)
  return { id: row.id, code }
}

function caseQuery(db: Db) {
  return db.selectFrom('feedback').leftJoin('users', 'users.id', 'feedback.handler_id').selectAll('feedback').select('users.name as handlerName')
}

type CaseRow = Awaited<ReturnType<ReturnType<typeof caseQuery>['executeTakeFirstOrThrow']>>

function toCase(r: CaseRow, attachments: FeedbackCase['attachments']): FeedbackCase {
  return {
    id: r.id, code: r.code, title: r.title, body: r.body, place: r.place, happenedOn: r.happened_on, unit: r.unit, senderName: r.sender_name,
    email: r.email, phone: r.phone, namedPublicly: Number(r.named_publicly) === 1, status: r.status as FeedbackStatus, bodyName: r.body_name,
    resultText: r.result_text, handler: r.handler_id !== null ? { id: r.handler_id, name: r.handlerName ?? '' } : undefined, dueOn: r.due_on,
    receivedAt: toInstant(r.received_at), closedAt: nullableInstant(r.closed_at), contactErasedAt: nullableInstant(r.contact_erased_at), attachments,
  }
}

async function withAttachments(db: Db, row: CaseRow | undefined): Promise<FeedbackCase | undefined> {
  if (!row) return undefined
  const files = await db.selectFrom('feedback_attachments').select(['id', 'kind', 'size']).where('feedback_id', '=', row.id).orderBy('id').execute()
  return toCase(row, files.map((f) => ({ id: f.id, kind: f.kind as AttachmentKind, size: f.size })))
}

export async function findCase(db: Db, id: number): Promise<FeedbackCase | undefined> {
  return withAttachments(db, await caseQuery(db).where('feedback.id', '=', id).executeTakeFirst())
}

export async function findCaseByCode(db: Db, code: string): Promise<FeedbackCase | undefined> {
  return withAttachments(db, await caseQuery(db).where('feedback.code', '=', code).executeTakeFirst())
}

export async function findAttachment(db: Db, feedbackId: number, id: number): Promise<{ kind: AttachmentKind; bytes: Buffer } | undefined> {
  const row = await db.selectFrom('feedback_attachments').select(['kind', 'bytes']).where('feedback_id', '=', feedbackId).where('id', '=', id).executeTakeFirst()
  return row && { kind: row.kind as AttachmentKind, bytes: Buffer.from(row.bytes) }
}

export async function listCases(db: Db, filter: { status?: FeedbackStatus; overdueOn?: string; limit: number }): Promise<FeedbackCase[]> {
  let query = caseQuery(db)
  if (filter.status) query = query.where('feedback.status', '=', filter.status)
  if (filter.overdueOn) query = query.where('feedback.status', 'not in', CLOSED_STATUSES).where('feedback.due_on', '<', filter.overdueOn)
  const rows = await query.orderBy('feedback.due_on').orderBy('feedback.id').limit(filter.limit).execute()
  return rows.map((r) => toCase(r, []))
}

export async function countByStatus(db: Db): Promise<Partial<Record<FeedbackStatus, number>>> {
  const rows = await db.selectFrom('feedback').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute()
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]))
}

export async function updateCase(db: Db, id: number, changes: Partial<{
  status: FeedbackStatus; body_name: string; result_text: string; handler_id: number; closed_at: string; closed_on: string
}>, now: Date): Promise<void> {
  await db.updateTable('feedback').set({ ...changes, updated_at: iso(now) }).where('id', '=', id).execute()
}

/** Empties the contact details of cases closed before `closedBefore`, and their attachments; the record stays. */
export async function eraseContacts(db: Db, closedBefore: Date, now: Date): Promise<number[]> {
  const rows = await db.selectFrom('feedback').select('id')
    .where('status', 'in', CLOSED_STATUSES).where('closed_at', '<', iso(closedBefore)).where('contact_erased_at', 'is', null).execute()
  const ids = rows.map((r) => r.id)
  if (ids.length === 0) return []
  await db.updateTable('feedback').set({ sender_name: '', email: '', phone: '', contact_erased_at: iso(now) }).where('id', 'in', ids).execute()
  await db.deleteFrom('feedback_attachments').where('feedback_id', 'in', ids).execute()
  return ids
}

/** The public record: handled cases closed in [from, to), newest first; never the contact. */
export async function listRecorded(db: Db, from: Date, to: Date): Promise<RecordedCase[]> {
  const rows = await db.selectFrom('feedback')
    .select(['id', 'code', 'title', 'body', 'place', 'unit', 'public_name', 'status', 'body_name', 'result_text', 'received_at', 'closed_at'])
    .where('status', 'in', CLOSED_STATUSES).where('closed_at', '>=', iso(from)).where('closed_at', '<', iso(to))
    .orderBy('closed_at', 'desc').orderBy('id', 'desc').limit(500).execute()
  return rows.map((r) => ({
    id: r.id, code: r.code, title: r.title, body: r.body, place: r.place, unit: r.unit, publicName: r.public_name, status: r.status as FeedbackStatus,
    bodyName: r.body_name, resultText: r.result_text, receivedAt: toInstant(r.received_at), closedAt: toInstant(r.closed_at!),
  }))
}

/** What the monthly figures are counted from: every case received in [from, to). */
export async function listForFigures(db: Db, from: Date, to: Date): Promise<{ receivedAt: Date; dueOn: string; closedOn: string | null; closedAt: Date | null }[]> {
  const rows = await db.selectFrom('feedback').select(['received_at', 'due_on', 'closed_on', 'closed_at'])
    .where('received_at', '>=', iso(from)).where('received_at', '<', iso(to)).execute()
  return rows.map((r) => ({ receivedAt: toInstant(r.received_at), dueOn: r.due_on, closedOn: r.closed_on, closedAt: nullableInstant(r.closed_at) }))
}

export async function countOverdue(db: Db, today: string): Promise<number> {
  const row = await db.selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'not in', CLOSED_STATUSES).where('due_on', '<', today).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Handled cases as the public record shows them, narrowed for the content source (search, sitemap, feed). */
export async function listRecordedCases(db: Db, options: { limit: number; ids?: readonly number[]; afterId?: number; upToId?: number; byId?: boolean }): Promise<(RecordedCase & { updatedAt: Date })[]> {
  let query = db.selectFrom('feedback')
    .select(['id', 'code', 'title', 'body', 'place', 'unit', 'public_name', 'status', 'body_name', 'result_text', 'received_at', 'closed_at', 'updated_at'])
    .where('status', 'in', CLOSED_STATUSES)
  if (options.ids) query = query.where('id', 'in', options.ids.length ? [...options.ids] : [-1])
  if (options.afterId !== undefined) query = query.where('id', '>', options.afterId)
  if (options.upToId !== undefined) query = query.where('id', '<=', options.upToId)
  query = options.byId ? query.orderBy('id') : query.orderBy('closed_at', 'desc').orderBy('id', 'desc')
  return (await query.limit(options.limit).execute()).map((r) => ({
    id: r.id, code: r.code, title: r.title, body: r.body, place: r.place, unit: r.unit, publicName: r.public_name, status: r.status as FeedbackStatus,
    bodyName: r.body_name, resultText: r.result_text, receivedAt: toInstant(r.received_at), closedAt: toInstant(r.closed_at!), updatedAt: toInstant(r.updated_at),
  }))
}

export async function findRecordedByCode(db: Db, code: string): Promise<RecordedCase | undefined> {
  const row = await db.selectFrom('feedback').select('id').where('code', '=', code).where('status', 'in', CLOSED_STATUSES).executeTakeFirst()
  return row ? (await listRecordedCases(db, { ids: [row.id], limit: 1 }))[0] : undefined
}

export async function countRecorded(db: Db): Promise<number> {
  const row = await db.selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', CLOSED_STATUSES).executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function listRecordedIdRanges(db: Db, size: number): Promise<{ number: number; lastModified: Date }[]> {
  const rows = await db.selectFrom('feedback')
    .select([sql<number>`(id - 1) / ${size} + 1`.as('n'), (eb) => eb.fn.max('updated_at').as('last')])
    .where('status', 'in', CLOSED_STATUSES).groupBy(sql`(id - 1) / ${size} + 1`).orderBy('n').execute()
  return rows.map((r) => ({ number: Number(r.n), lastModified: toInstant(r.last as string | Date) }))
}
