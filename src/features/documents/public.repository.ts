import { sql } from 'kysely'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { isRelationKind, isValidity, type Day, type RelationKind, type Validity } from './document.ts'

// Every read the readers' side needs, straight from the register's tables: only documents with
// status 'published' ever come out of here.

export interface DocumentFilters {
  kindId?: number | undefined
  issuerId?: number | undefined
  fieldId?: number | undefined
  year?: number | undefined
  validity?: Validity | undefined
  /** A number, a kind's name, words of the summary or of the files' text, in any order. */
  q?: string | undefined
}

/** Where a list goes on from: the last document shown (its score is 0 without a query). */
export interface DocumentCursor {
  score: number
  issuedOn: Day
  id: number
}

export interface Named {
  id: number
  name: string
}

export interface ListedDocument {
  id: number
  slug: string
  number: string
  title: string
  summary: string
  issuedOn: Day
  kind: Named
  issuer: Named
  /** Null for a kind without validity. */
  validity: Validity | null
}

export interface FacetValue {
  /** As it goes in the query string: an id, a year, a validity. */
  value: string
  label: string
  count: number
}

export const FACETS = ['kind', 'issuer', 'field', 'year', 'validity'] as const
export type Facet = (typeof FACETS)[number]
export type DocumentFacets = Record<Facet, FacetValue[]>

export interface DocumentFile {
  id: number
  fileName: string
  mediaType: string
  bytes: number
}

export interface DocumentRelation {
  kind: RelationKind
  /** 'acting': this document replaces/amends/guides the other; 'other': the other acts on this one. */
  side: 'acting' | 'other'
  document: Pick<ListedDocument, 'id' | 'slug' | 'number' | 'summary' | 'kind'>
}

export interface DocumentDetail extends ListedDocument {
  signer: string
  bodyHtml: string
  effectiveFrom: Day | null
  effectiveUntil: Day | null
  /** The clerk's reason when the validity shown is their word over the proposal. */
  validityReason: string
  fields: Named[]
  files: DocumentFile[]
  relations: DocumentRelation[]
  publishedAt: Date
  updatedAt: Date
}

const validitySql = sql<string | null>`case when k.has_validity = 1 then coalesce(d.validity_override, d.validity) else null end`
const documentsWithKindAndIssuer = (db: Db) => db.selectFrom('documents as d')
  .innerJoin('document_kinds as k', 'k.id', 'd.kind_id')
  .innerJoin('document_issuers as i', 'i.id', 'd.issuer_id')

type ListedRow = {
  id: number; slug: string; number: string; title: string; summary: string; issued_on: string
  kind_id: number; kind_name: string; issuer_id: number; issuer_name: string; shown_validity: string | null
}

const listedColumns = ['d.id', 'd.slug', 'd.number', 'd.title', 'd.summary', 'd.issued_on', 'k.id as kind_id', 'k.name as kind_name', 'i.id as issuer_id', 'i.name as issuer_name'] as const

function toListed(row: ListedRow): ListedDocument {
  return {
    id: row.id, slug: row.slug, number: row.number, title: row.title, summary: row.summary, issuedOn: row.issued_on,
    kind: { id: row.kind_id, name: row.kind_name }, issuer: { id: row.issuer_id, name: row.issuer_name },
    validity: row.shown_validity !== null && isValidity(row.shown_validity) ? row.shown_validity : null,
  }
}

export interface DocumentList {
  documents: ListedDocument[]
  /** Where the next page starts; undefined on the last. */
  next: DocumentCursor | undefined
}

/** The listed documents by id, in the order given (a page the register's index chose); published ones only. */
export async function readListedDocuments(db: Db, ids: readonly number[]): Promise<ListedDocument[]> {
  if (ids.length === 0) return []
  const rows = await documentsWithKindAndIssuer(db)
    .select([...listedColumns, validitySql.as('shown_validity')])
    .where('d.status', '=', 'published').where('d.id', 'in', [...ids])
    .execute()
  const byId = new Map(rows.map((r) => [r.id, toListed(r)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** The newest published documents (the block, the feeds of a kind or an issuer). */
export async function listNewestDocuments(db: Db, limit: number, only: { kindId?: number; issuerId?: number; byPublication?: boolean } = {}): Promise<(ListedDocument & { publishedAt: Date })[]> {
  const rows = await documentsWithKindAndIssuer(db)
    .select([...listedColumns, validitySql.as('shown_validity'), 'd.published_at'])
    .where('d.status', '=', 'published')
    .$if(only.kindId !== undefined, (qb) => qb.where('d.kind_id', '=', only.kindId!))
    .$if(only.issuerId !== undefined, (qb) => qb.where('d.issuer_id', '=', only.issuerId!))
    // The portal's own feed merges every kind by the time it was published; the register's lists go by issue date.
    .$if(only.byPublication === true, (qb) => qb.orderBy('d.published_at', 'desc'))
    .orderBy('d.issued_on', 'desc').orderBy('d.id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ ...toListed(r), publishedAt: r.published_at ? toInstant(r.published_at) : new Date(`${r.issued_on}T00:00:00+07:00`) }))
}

export async function findPublishedDocumentBySlug(db: Db, slug: string): Promise<DocumentDetail | undefined> {
  return findDetail(db, 'slug', slug)
}

export async function findPublishedDocumentById(db: Db, id: number): Promise<DocumentDetail | undefined> {
  return findDetail(db, 'id', id)
}

async function findDetail(db: Db, by: 'slug' | 'id', value: string | number): Promise<DocumentDetail | undefined> {
  const row = await documentsWithKindAndIssuer(db)
    .select([...listedColumns, validitySql.as('shown_validity'), 'd.signer', 'd.body_html', 'd.effective_from', 'd.effective_until',
      'd.validity_override', 'd.validity_reason', 'd.published_at', 'd.updated_at', 'd.created_at'])
    .where('d.status', '=', 'published')
    .$call((qb) => (by === 'slug' ? qb.where('d.slug', '=', String(value)) : qb.where('d.id', '=', Number(value))))
    .executeTakeFirst()
  if (!row) return undefined
  const [fields, files, relations] = await Promise.all([
    db.selectFrom('document_field_links as l').innerJoin('document_fields as f', 'f.id', 'l.field_id')
      .select(['f.id', 'f.name']).where('l.document_id', '=', row.id).orderBy('f.position').orderBy('f.name').execute(),
    db.selectFrom('document_files').select(['id', 'file_name', 'media_type', 'bytes'])
      .where('document_id', '=', row.id).orderBy('position').orderBy('id').execute(),
    listRelations(db, row.id),
  ])
  const listed = toListed(row)
  return {
    ...listed,
    signer: row.signer,
    bodyHtml: row.body_html,
    effectiveFrom: row.effective_from,
    effectiveUntil: row.effective_until,
    validityReason: listed.validity !== null && row.validity_override !== null ? row.validity_reason : '',
    fields,
    files: files.map((f) => ({ id: f.id, fileName: f.file_name, mediaType: f.media_type, bytes: Number(f.bytes) })),
    relations,
    publishedAt: toInstant(row.published_at ?? row.created_at),
    updatedAt: toInstant(row.updated_at),
  }
}

/** Relations both ways: stored once from the acting document, shown on both (published others only). */
async function listRelations(db: Db, id: number): Promise<DocumentRelation[]> {
  const other = (side: 'acting' | 'other') => db.selectFrom('document_relations as r')
    .innerJoin('documents as o', 'o.id', side === 'acting' ? 'r.other_id' : 'r.document_id')
    .innerJoin('document_kinds as k', 'k.id', 'o.kind_id')
    .select(['r.kind', 'o.id', 'o.slug', 'o.number', 'o.summary', 'k.id as kind_id', 'k.name as kind_name'])
    .where(side === 'acting' ? 'r.document_id' : 'r.other_id', '=', id)
    .where('o.status', '=', 'published')
    .orderBy('o.issued_on', 'desc').orderBy('o.id', 'desc')
    .execute()
  const [acting, others] = await Promise.all([other('acting'), other('other')])
  const relation = (side: 'acting' | 'other') => (r: (typeof acting)[number]): DocumentRelation[] => (isRelationKind(r.kind)
    ? [{ kind: r.kind, side, document: { id: r.id, slug: r.slug, number: r.number, summary: r.summary, kind: { id: r.kind_id, name: r.kind_name } } }]
    : [])
  return [...acting.flatMap(relation('acting')), ...others.flatMap(relation('other'))]
}

/** A kind or an issuer by id (the feeds), if it exists. */
export async function findKind(db: Db, id: number): Promise<Named | undefined> {
  return db.selectFrom('document_kinds').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
}

export async function findIssuer(db: Db, id: number): Promise<Named | undefined> {
  return db.selectFrom('document_issuers').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
}

/** What search indexes of published documents: their data and the text of their files. */
export async function readPublishedDocuments(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return []
  const rows = await documentsWithKindAndIssuer(db)
    .select([...listedColumns, validitySql.as('shown_validity'), 'd.body_html', 'd.signer', 'd.published_at', 'd.updated_at', 'd.created_at'])
    .where('d.status', '=', 'published').where('d.id', 'in', [...ids])
    .execute()
  const files = rows.length
    ? await db.selectFrom('document_files').select(['document_id', 'text']).where('document_id', 'in', rows.map((r) => r.id)).orderBy('position').execute()
    : []
  return rows.map((r) => ({
    ...toListed(r),
    bodyHtml: r.body_html,
    signer: r.signer,
    fileText: files.filter((f) => f.document_id === r.id).map((f) => f.text).join('\n'),
    publishedAt: toInstant(r.published_at ?? r.created_at),
    updatedAt: toInstant(r.updated_at),
  }))
}

export async function countPublishedDocuments(db: Db): Promise<number> {
  const row = await db.selectFrom('documents').select(sql<number | string>`count(*)`.as('n')).where('status', '=', 'published').executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function listPublishedDocumentRefs(db: Db, afterId: number, upToId: number | undefined, limit: number) {
  const rows = await db.selectFrom('documents').select(['id', 'slug', 'updated_at'])
    .where('status', '=', 'published').where('id', '>', afterId)
    .$if(upToId !== undefined, (qb) => qb.where('id', '<=', upToId!))
    .orderBy('id').limit(limit).execute()
  return rows.map((r) => ({ id: r.id, slug: r.slug, updatedAt: toInstant(r.updated_at) }))
}

export async function listPublishedDocumentIdRanges(db: Db, size: number) {
  const range = sql<number>`((id - 1) / ${sql.lit(Math.max(1, Math.floor(size)))}) + 1`
  const rows = await db.selectFrom('documents').select([range.as('number'), sql<string | Date>`max(updated_at)`.as('last')])
    .where('status', '=', 'published').groupBy(range).orderBy(range).execute()
  return rows.map((r) => ({ number: Number(r.number), lastModified: toInstant(r.last) }))
}
