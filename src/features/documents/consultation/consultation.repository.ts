import { sql } from 'kysely'
import type { Db } from '../../../platform/db/connect.ts'
import { toInstant } from '../../../platform/text/time.ts'
import type { Day } from '../document.ts'
import { numberPatterns } from '../number.ts'
import type { Clause, ConsultationComment, ConsultationCommentStatus, ConsultationWindow, PublicConsultationComment } from './consultation.ts'

// All the SQL of a draft's consultation: its window, clauses, comments and report.

/** A published document as the consultation reads it; `window` is undefined when it takes no comments. */
export interface ConsultedDocument {
  id: number
  slug: string
  number: string
  summary: string
  title: string
  status: string
  window: ConsultationWindow | undefined
  reportHtml: string
}

const documentColumns = ['id', 'slug', 'number', 'summary', 'title', 'status', 'consultation_opens_on', 'consultation_closes_on', 'consultation_report_html'] as const

function toConsulted(row: {
  id: number; slug: string; number: string; summary: string; title: string; status: string
  consultation_opens_on: string | null; consultation_closes_on: string | null; consultation_report_html: string
}): ConsultedDocument {
  return {
    id: row.id, slug: row.slug, number: row.number, summary: row.summary, title: row.title, status: row.status,
    window: row.consultation_opens_on && row.consultation_closes_on ? { opensOn: row.consultation_opens_on, closesOn: row.consultation_closes_on } : undefined,
    reportHtml: row.consultation_report_html,
  }
}

export async function findPublishedDocumentBySlug(db: Db, slug: string): Promise<ConsultedDocument | undefined> {
  const row = await db.selectFrom('documents').select(documentColumns).where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst()
  return row && toConsulted(row)
}

export async function findDocument(db: Db, id: number): Promise<ConsultedDocument | undefined> {
  const row = await db.selectFrom('documents').select(documentColumns).where('id', '=', id).executeTakeFirst()
  return row && toConsulted(row)
}

export async function setWindow(db: Db, documentId: number, window: ConsultationWindow | undefined, now: Date): Promise<void> {
  await db.updateTable('documents').set({
    consultation_opens_on: window?.opensOn ?? null, consultation_closes_on: window?.closesOn ?? null, updated_at: now.toISOString(),
  }).where('id', '=', documentId).execute()
}

export async function setReport(db: Db, documentId: number, reportHtml: string, now: Date): Promise<void> {
  await db.updateTable('documents').set({ consultation_report_html: reportHtml, updated_at: now.toISOString() }).where('id', '=', documentId).execute()
}

/** Published documents whose window opens today or closed yesterday: their pages change at midnight. */
export async function listWindowsTurning(db: Db, today: Day, yesterday: Day): Promise<number[]> {
  const rows = await db.selectFrom('documents').select('id').where('status', '=', 'published')
    .where((eb) => eb.or([eb('consultation_opens_on', '=', today), eb('consultation_closes_on', '=', yesterday)])).execute()
  return rows.map((r) => r.id)
}

// Clauses ("Điều 3", "Khoản 2 Điều 5"), in the clerk's order.

export async function listClauses(db: Db, documentId: number): Promise<Clause[]> {
  return db.selectFrom('document_clauses').select(['id', 'label', 'position']).where('document_id', '=', documentId).orderBy('position').orderBy('id').execute()
}

export async function addClause(db: Db, documentId: number, label: string): Promise<number> {
  const last = await db.selectFrom('document_clauses').select((eb) => eb.fn.max('position').as('position')).where('document_id', '=', documentId).executeTakeFirst()
  const row = await db.insertInto('document_clauses').values({ document_id: documentId, label, position: Number(last?.position ?? 0) + 1 })
    .returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function renameClause(db: Db, documentId: number, clauseId: number, label: string): Promise<boolean> {
  const result = await db.updateTable('document_clauses').set({ label }).where('id', '=', clauseId).where('document_id', '=', documentId).executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** Comments about a removed clause stay, as comments on the draft as a whole (the foreign key sets null). */
export async function removeClause(db: Db, documentId: number, clauseId: number): Promise<boolean> {
  const result = await db.deleteFrom('document_clauses').where('id', '=', clauseId).where('document_id', '=', documentId).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** Puts the clauses in the given order; ids not of this document are ignored. */
export async function orderClauses(db: Db, documentId: number, clauseIds: readonly number[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const [i, id] of clauseIds.entries()) {
      await trx.updateTable('document_clauses').set({ position: i + 1 }).where('id', '=', id).where('document_id', '=', documentId).execute()
    }
  })
}

// Comments.

export interface NewConsultationComment {
  documentId: number
  clauseId: number | null
  authorName: string
  authorEmail: string
  organisation: string
  body: string
  status: ConsultationCommentStatus
  ipHash: string
}

export async function insertConsultationComment(db: Db, c: NewConsultationComment, now: Date): Promise<number> {
  const row = await db.insertInto('document_comments').values({
    document_id: c.documentId, clause_id: c.clauseId, author_name: c.authorName, author_email: c.authorEmail,
    organisation: c.organisation, body: c.body, status: c.status, ip_hash: c.ipHash, created_at: now.toISOString(),
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

/** The same person sending the same text again (a double click, a reload) is not a new comment. */
export async function findSameComment(db: Db, documentId: number, authorEmail: string, body: string): Promise<{ id: number; status: string } | undefined> {
  return db.selectFrom('document_comments').select(['id', 'status'])
    .where('document_id', '=', documentId).where('author_email', '=', authorEmail).where('body', '=', body).executeTakeFirst()
}

function commentsQuery(db: Db) {
  return db.selectFrom('document_comments as c').leftJoin('document_clauses as k', 'k.id', 'c.clause_id')
    .select(['c.id', 'c.document_id', 'c.clause_id', 'k.label as clause_label', 'c.author_name', 'c.author_email', 'c.organisation', 'c.body', 'c.status', 'c.created_at', 'c.moderated_at'])
}

type CommentRow = Awaited<ReturnType<ReturnType<typeof commentsQuery>['executeTakeFirstOrThrow']>>

function toComment(r: CommentRow): ConsultationComment {
  return {
    id: r.id, documentId: r.document_id, clauseId: r.clause_id, clauseLabel: r.clause_label ?? null,
    authorName: r.author_name, authorEmail: r.author_email, organisation: r.organisation, body: r.body,
    status: r.status as ConsultationCommentStatus, createdAt: toInstant(r.created_at), moderatedAt: r.moderated_at ? toInstant(r.moderated_at) : null,
  }
}

/** Approved comments, oldest first, without the e-mail. */
export async function listApprovedComments(db: Db, documentId: number): Promise<PublicConsultationComment[]> {
  const rows = await db.selectFrom('document_comments as c').leftJoin('document_clauses as k', 'k.id', 'c.clause_id')
    .select(['c.id', 'k.label as clause_label', 'c.author_name', 'c.organisation', 'c.body', 'c.created_at'])
    .where('c.document_id', '=', documentId).where('c.status', '=', 'approved').orderBy('c.id').execute()
  return rows.map((r) => ({ id: r.id, clauseLabel: r.clause_label ?? null, authorName: r.author_name, organisation: r.organisation, body: r.body, createdAt: toInstant(r.created_at) }))
}

export async function listComments(db: Db, filter: { documentId?: number; status?: ConsultationCommentStatus; limit?: number }): Promise<ConsultationComment[]> {
  let query = commentsQuery(db)
  if (filter.documentId !== undefined) query = query.where('c.document_id', '=', filter.documentId)
  if (filter.status) query = query.where('c.status', '=', filter.status)
  if (filter.limit) query = query.limit(filter.limit)
  return (await query.orderBy('c.id').execute()).map(toComment)
}

export async function countComments(db: Db, documentId: number | undefined): Promise<Record<ConsultationCommentStatus, number>> {
  let query = db.selectFrom('document_comments').select(['status', sql<number>`count(*)`.as('n')]).groupBy('status')
  if (documentId !== undefined) query = query.where('document_id', '=', documentId)
  const counts = { pending: 0, approved: 0, rejected: 0, spam: 0 }
  for (const row of await query.execute()) if (row.status in counts) counts[row.status as ConsultationCommentStatus] = Number(row.n)
  return counts
}

/** Sets the status of the given comments; returns the documents they belong to. */
export async function setCommentStatus(db: Db, ids: readonly number[], status: ConsultationCommentStatus, moderatorId: number, now: Date): Promise<number[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('document_comments').select('document_id').distinct().where('id', 'in', ids).execute()
  await db.updateTable('document_comments').set({ status, moderated_by: moderatorId, moderated_at: now.toISOString() }).where('id', 'in', ids).execute()
  return rows.map((r) => r.document_id)
}

/** Drafts that have (or had) a consultation, newest window first: the newsroom's list. */
export async function listConsultedDocuments(db: Db): Promise<(ConsultedDocument & { pending: number })[]> {
  const rows = await db.selectFrom('documents as d')
    .select([...documentColumns.map((c) => `d.${c}` as const),
      (eb) => eb.selectFrom('document_comments as c').select(sql<number>`count(*)`.as('n')).whereRef('c.document_id', '=', 'd.id').where('c.status', '=', 'pending').as('pending')])
    .where('d.consultation_opens_on', 'is not', null).orderBy('d.consultation_opens_on', 'desc').orderBy('d.id', 'desc').execute()
  return rows.map((r) => ({ ...toConsulted(r), pending: Number(r.pending ?? 0) }))
}

/** Documents whose number has every token typed ("15 2026", "QĐ-UBND 15"): where the clerk opens a consultation. */
export async function findDocumentsByNumber(db: Db, typed: string, limit = 20): Promise<ConsultedDocument[]> {
  const patterns = numberPatterns(typed)
  if (patterns.length === 0) return []
  let query = db.selectFrom('documents').select(documentColumns)
  for (const pattern of patterns) query = query.where('number_key', 'like', pattern)
  return (await query.orderBy('issued_on', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(toConsulted)
}
