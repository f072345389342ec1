import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { patternsOf } from './search-patterns.ts'
import { RELATION_NAMES, isRelationKind, type Day, type DocumentStatus, type FileTextState, type RelationKind, type Validity } from './document.ts'
import './document.table.ts'

// The register's rows as the newsroom reads them (one document with everything it carries, and
// the filtered list), and the writes the service makes inside its transactions.

/** One document as stored (dates as days, instants as Dates). */
export interface DocumentRecord {
  id: number
  slug: string
  kindId: number
  issuerId: number
  number: string
  title: string
  summary: string
  signer: string
  bodyHtml: string
  issuedOn: Day
  effectiveFrom: Day | null
  effectiveUntil: Day | null
  validity: Validity | null
  validityOverride: Validity | null
  validityReason: string
  status: DocumentStatus
  publishAt: Date | null
  publishedAt: Date | null
  consultationOpensOn: Day | null
  consultationClosesOn: Day | null
  consultationReportHtml: string
  createdBy: number | null
  updatedBy: number | null
  createdAt: Date
  updatedAt: Date
}

/** Another document, as a relation or a list shows it. */
export interface DocumentRef {
  id: number
  slug: string
  number: string
  summary: string
  status: DocumentStatus
  issuedOn: Day
}

/** A relation read from either end: `acting` when this document is the one that replaces, amends…. */
export interface DocumentRelationView {
  kind: RelationKind
  side: 'acting' | 'other'
  /** "Thay thế" from the acting side, "Bị thay thế bởi" from the other. */
  label: string
  document: DocumentRef
}

export interface DocumentFileView {
  id: number
  fileName: string
  mediaType: string
  bytes: number
  position: number
  textState: FileTextState
  storageKey: string
}

/** One document with its kind, issuer, fields, relations (both ways) and files: the newsroom's form reads this. */
export interface DocumentDetail extends DocumentRecord {
  kind: { id: number; name: string; hasValidity: boolean }
  issuer: { id: number; name: string }
  fields: { id: number; name: string }[]
  relations: DocumentRelationView[]
  files: DocumentFileView[]
}

/** The newsroom's list filters; every one optional, and they combine. */
export interface NewsroomDocumentFilter {
  /** Words of the summary (with or without diacritics) or tokens of the number ("qd 15 2021"). */
  q?: string
  kindId?: number
  issuerId?: number
  fieldId?: number
  status?: DocumentStatus
  validity?: Validity
  year?: number
  page?: number
  perPage?: number
}

export interface DocumentListItem extends DocumentRef {
  kindName: string
  issuerName: string
  validity: Validity | null
  publishAt: Date | null
  publishedAt: Date | null
  updatedAt: Date
}

export interface DocumentListPage {
  items: DocumentListItem[]
  total: number
  page: number
  perPage: number
}

type DocumentRow = {
  id: number; slug: string; kind_id: number; issuer_id: number; number: string; title: string; summary: string; signer: string; body_html: string
  issued_on: string; effective_from: string | null; effective_until: string | null; validity: string | null; validity_override: string | null
  validity_reason: string; status: string; publish_at: string | Date | null; published_at: string | Date | null; consultation_opens_on: string | null
  consultation_closes_on: string | null; consultation_report_html: string; created_by: number | null; updated_by: number | null
  created_at: string | Date; updated_at: string | Date
}

const instantOrNull = (value: string | Date | null): Date | null => (value === null ? null : toInstant(value))

export function toDocumentRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id, slug: row.slug, kindId: row.kind_id, issuerId: row.issuer_id, number: row.number, title: row.title, summary: row.summary,
    signer: row.signer, bodyHtml: row.body_html, issuedOn: row.issued_on, effectiveFrom: row.effective_from, effectiveUntil: row.effective_until,
    validity: row.validity as Validity | null, validityOverride: row.validity_override as Validity | null, validityReason: row.validity_reason,
    status: row.status as DocumentStatus, publishAt: instantOrNull(row.publish_at), publishedAt: instantOrNull(row.published_at),
    consultationOpensOn: row.consultation_opens_on, consultationClosesOn: row.consultation_closes_on, consultationReportHtml: row.consultation_report_html,
    createdBy: row.created_by, updatedBy: row.updated_by, createdAt: toInstant(row.created_at), updatedAt: toInstant(row.updated_at),
  }
}

export async function findDocumentRecord(db: Db, id: number): Promise<DocumentRecord | undefined> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toDocumentRecord(row)
}

/** One document with everything it carries; undefined when there is none. */
export async function findDocument(db: Db, id: number): Promise<DocumentDetail | undefined> {
  const record = await findDocumentRecord(db, id)
  if (!record) return undefined
  const [kind, issuer, fields, relations, files] = await Promise.all([
    db.selectFrom('document_kinds').select(['id', 'name', 'has_validity']).where('id', '=', record.kindId).executeTakeFirstOrThrow(),
    db.selectFrom('document_issuers').select(['id', 'name']).where('id', '=', record.issuerId).executeTakeFirstOrThrow(),
    db.selectFrom('document_field_links').innerJoin('document_fields', 'document_fields.id', 'document_field_links.field_id')
      .select(['document_fields.id', 'document_fields.name']).where('document_field_links.document_id', '=', id)
      .orderBy('document_fields.position').orderBy('document_fields.id').execute(),
    relationsOf(db, id),
    db.selectFrom('document_files').select(['id', 'file_name', 'media_type', 'bytes', 'position', 'text_state', 'storage_key'])
      .where('document_id', '=', id).orderBy('position').orderBy('id').execute(),
  ])
  return {
    ...record,
    kind: { id: kind.id, name: kind.name, hasValidity: kind.has_validity === 1 },
    issuer,
    fields,
    relations,
    files: files.map((f) => ({
      id: f.id, fileName: f.file_name, mediaType: f.media_type, bytes: Number(f.bytes), position: f.position, textState: f.text_state as FileTextState, storageKey: f.storage_key,
    })),
  }
}

const refColumns = ['documents.id', 'documents.slug', 'documents.number', 'documents.summary', 'documents.status', 'documents.issued_on'] as const
const toRef = (row: { id: number; slug: string; number: string; summary: string; status: string; issued_on: string }): DocumentRef => ({
  id: row.id, slug: row.slug, number: row.number, summary: row.summary, status: row.status as DocumentStatus, issuedOn: row.issued_on,
})

/** A document's relations read from both ends, the acting ones first, each group oldest issued first. */
export async function relationsOf(db: Db, id: number): Promise<DocumentRelationView[]> {
  const [acting, other] = await Promise.all([
    db.selectFrom('document_relations').innerJoin('documents', 'documents.id', 'document_relations.other_id')
      .select(['document_relations.kind', ...refColumns]).where('document_relations.document_id', '=', id)
      .orderBy('documents.issued_on').orderBy('documents.id').execute(),
    db.selectFrom('document_relations').innerJoin('documents', 'documents.id', 'document_relations.document_id')
      .select(['document_relations.kind', ...refColumns]).where('document_relations.other_id', '=', id)
      .orderBy('documents.issued_on').orderBy('documents.id').execute(),
  ])
  const views: DocumentRelationView[] = []
  for (const [rows, side] of [[acting, 'acting'], [other, 'other']] as const) {
    for (const row of rows) {
      if (!isRelationKind(row.kind)) continue
      views.push({ kind: row.kind, side, label: RELATION_NAMES[row.kind][side], document: toRef(row) })
    }
  }
  return views
}

/** The newsroom's list: newest issued first, filters combined, a page at a time with the total. */
export async function listDocuments(db: Db, filter: NewsroomDocumentFilter = {}): Promise<DocumentListPage> {
  const perPage = Math.min(Math.max(filter.perPage ?? 30, 1), 200)
  const page = Math.max(filter.page ?? 1, 1)
  let query = db.selectFrom('documents')
    .innerJoin('document_kinds', 'document_kinds.id', 'documents.kind_id')
    .innerJoin('document_issuers', 'document_issuers.id', 'documents.issuer_id')
  if (filter.kindId !== undefined) query = query.where('documents.kind_id', '=', filter.kindId)
  if (filter.issuerId !== undefined) query = query.where('documents.issuer_id', '=', filter.issuerId)
  if (filter.status !== undefined) query = query.where('documents.status', '=', filter.status)
  if (filter.validity !== undefined) query = query.where('documents.validity', '=', filter.validity)
  if (filter.year !== undefined) query = query.where('documents.issued_on', '>=', `${filter.year}-01-01`).where('documents.issued_on', '<=', `${filter.year}-12-31`)
  if (filter.fieldId !== undefined) {
    const fieldId = filter.fieldId
    query = query.where((eb) => eb.exists(eb.selectFrom('document_field_links').select('document_field_links.document_id')
      .whereRef('document_field_links.document_id', '=', 'documents.id').where('document_field_links.field_id', '=', fieldId)))
  }
  const patterns = patternsOf(filter.q ?? '')
  if (patterns) {
    query = query.where((eb) => eb.or([
      eb.and(patterns.number.map((p) => eb('documents.number_key', 'like', p))),
      eb.and(patterns.summary.map((p) => eb('documents.summary_folded', 'like', p))),
    ]))
  }
  const [{ total }, rows] = await Promise.all([
    query.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow(),
    query.select([...refColumns, 'document_kinds.name as kind_name', 'document_issuers.name as issuer_name', 'documents.validity',
      'documents.publish_at', 'documents.published_at', 'documents.updated_at'])
      // A query that is a number puts that number's documents first, then the newest.
      .$if(patterns !== undefined, (q) => q.orderBy((eb) => eb.case().when(eb.and(patterns!.number.map((p) => eb('documents.number_key', 'like', p)))).then(0).else(1).end()))
      .orderBy('documents.issued_on', 'desc').orderBy('documents.id', 'desc').limit(perPage).offset((page - 1) * perPage).execute(),
  ])
  return {
    total: Number(total), page, perPage,
    items: rows.map((row) => ({
      ...toRef(row), kindName: row.kind_name, issuerName: row.issuer_name, validity: row.validity as Validity | null,
      publishAt: instantOrNull(row.publish_at), publishedAt: instantOrNull(row.published_at), updatedAt: toInstant(row.updated_at),
    })),
  }
}
