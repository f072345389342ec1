import type { ExpressionBuilder } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import type { Database } from '../../platform/db/schema.ts'
import { toInstant } from '../../platform/text/time.ts'
import { fold } from '../../platform/text/vietnamese.ts'
import type { DocumentStatus } from './document.ts'
import { numberKey, numberPatterns } from './number.ts'

// The newsroom's list of documents: every state, narrowed by the filters, newest issued first by
// keyset on (issued_on, id), never OFFSET. A query finds a document by its number (its tokens in
// any order, "qd 15 2021") or by words of its summary, typed with or without diacritics.

export interface DocumentListFilter {
  query?: string
  kindId?: number
  issuerId?: number
  status?: DocumentStatus
  year?: number
}

export interface DocumentCursor {
  issuedOn: string
  id: number
}

export interface DocumentListRow {
  id: number
  number: string
  summary: string
  kindName: string
  issuerName: string
  status: DocumentStatus
  issuedOn: string
  publishAt: Date | undefined
  publishedAt: Date | undefined
  updatedAt: Date
}

type Where = ExpressionBuilder<Database, 'documents'>

/** The summary's words, folded, each a substring the folded summary must hold (at most eight). */
function summaryPatterns(query: string): string[] {
  return [...new Set(fold(query).split(/[^a-z0-9]+/).filter(Boolean))].slice(0, 8).map((word) => `%${word}%`)
}

function narrow(eb: Where, filter: DocumentListFilter) {
  const conditions = []
  if (filter.query) {
    const byNumber = numberPatterns(filter.query)
    const bySummary = summaryPatterns(filter.query)
    if (byNumber.length) {
      conditions.push(eb.or([
        eb.and(byNumber.map((p) => eb('documents.number_key', 'like', p))),
        eb.and(bySummary.map((p) => eb('documents.summary_folded', 'like', p))),
      ]))
    }
  }
  if (filter.kindId !== undefined) conditions.push(eb('documents.kind_id', '=', filter.kindId))
  if (filter.issuerId !== undefined) conditions.push(eb('documents.issuer_id', '=', filter.issuerId))
  if (filter.status) conditions.push(eb('documents.status', '=', filter.status))
  if (filter.year !== undefined) {
    conditions.push(eb('documents.issued_on', '>=', `${filter.year}-01-01`), eb('documents.issued_on', '<', `${filter.year + 1}-01-01`))
  }
  return eb.and(conditions)
}

export async function listNewsroomDocuments(db: Db, filter: DocumentListFilter, after: DocumentCursor | undefined, limit: number): Promise<DocumentListRow[]> {
  const rows = await db.selectFrom('documents')
    .innerJoin('document_kinds', 'document_kinds.id', 'documents.kind_id')
    .innerJoin('document_issuers', 'document_issuers.id', 'documents.issuer_id')
    .select([
      'documents.id', 'documents.number', 'documents.summary', 'document_kinds.name as kind_name', 'document_issuers.name as issuer_name',
      'documents.status', 'documents.issued_on', 'documents.publish_at', 'documents.published_at', 'documents.updated_at',
    ])
    .where((eb) => narrow(eb, filter))
    .$if(after !== undefined, (q) => q.where((eb) => eb.or([
      eb('documents.issued_on', '<', after!.issuedOn),
      eb.and([eb('documents.issued_on', '=', after!.issuedOn), eb('documents.id', '<', after!.id)]),
    ])))
    .orderBy('documents.issued_on', 'desc').orderBy('documents.id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id, number: r.number, summary: r.summary, kindName: r.kind_name, issuerName: r.issuer_name, status: r.status as DocumentStatus,
    issuedOn: r.issued_on, publishAt: r.publish_at ? toInstant(r.publish_at) : undefined,
    publishedAt: r.published_at ? toInstant(r.published_at) : undefined, updatedAt: toInstant(r.updated_at),
  }))
}

/** How many documents the filters find, whatever the page. */
export async function countNewsroomDocuments(db: Db, filter: DocumentListFilter): Promise<number> {
  const row = await db.selectFrom('documents').select((eb) => eb.fn.countAll<string | number>().as('n')).where((eb) => narrow(eb, filter)).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The years documents were issued in, newest first: the year filter's choices. */
export async function listIssueYears(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('documents').select('issued_on').distinct().execute()
  return [...new Set(rows.map((r) => Number(r.issued_on.slice(0, 4))))].sort((a, b) => b - a)
}

export interface PublishedDates {
  id: number
  number: string
  summary: string
  issuedOn: string
  publishedAt: Date
}

/** Published documents issued in a year (every year when undefined), with the day each went out; only those out since `since` when given. */
export async function listPublishedDates(db: Db, year: number | undefined, since?: Date): Promise<PublishedDates[]> {
  const rows = await db.selectFrom('documents')
    .select(['id', 'number', 'summary', 'issued_on', 'published_at'])
    .where('status', '=', 'published').where('published_at', 'is not', null)
    .$if(year !== undefined, (q) => q.where('issued_on', '>=', `${year}-01-01`).where('issued_on', '<', `${year! + 1}-01-01`))
    .$if(since !== undefined, (q) => q.where('published_at', '>=', since!.toISOString()))
    .orderBy('issued_on', 'desc').orderBy('id', 'desc')
    .execute()
  return rows.map((r) => ({ id: r.id, number: r.number, summary: r.summary, issuedOn: r.issued_on, publishedAt: toInstant(r.published_at!) }))
}

/** The documents whose number is the one typed, whatever its spacing, case, order or "Đ"/"D". */
export async function findDocumentsByNumber(db: Db, number: string): Promise<{ id: number; number: string }[]> {
  const key = numberKey(number)
  if (!key) return []
  return db.selectFrom('documents').select(['id', 'number']).where('number_key', '=', key).orderBy('id').execute()
}

export interface DocumentSave {
  id: number
  savedAt: Date
  savedByName: string | null
}

/** When a document was saved and by whom, newest first (the revisions the service keeps). */
export async function listDocumentSaves(db: Db, documentId: number, limit = 20): Promise<DocumentSave[]> {
  const rows = await db.selectFrom('document_revisions').leftJoin('users', 'users.id', 'document_revisions.saved_by')
    .select(['document_revisions.id', 'document_revisions.saved_at', 'users.name'])
    .where('document_revisions.document_id', '=', documentId)
    .orderBy('document_revisions.id', 'desc').limit(limit).execute()
  return rows.map((r) => ({ id: r.id, savedAt: toInstant(r.saved_at), savedByName: r.name }))
}
