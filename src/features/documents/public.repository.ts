import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely'
import type { Database } from '../../platform/db/schema.ts'
import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { compareVietnamese } from '../../platform/text/vietnamese.ts'
import { isRelationKind, isValidity, type Day, type RelationKind, type Validity } from './document.ts'
import { numberTokens } from './number.ts'

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

type From = ExpressionBuilder<Database & { d: Database['documents'] }, 'd'>

const validitySql = sql<string | null>`case when k.has_validity = 1 then coalesce(d.validity_override, d.validity) else null end`
const shownValiditySql = sql<string | null>`coalesce(d.validity_override, d.validity)`

/** The kinds (a short list the administrator edits): which have a validity, and the words that name each. */
interface KindRow { id: number; name: string; abbreviation: string; position: number; has_validity: number }

/**
 * What one request of the register knows before it counts: the kinds, and for a reader's query
 * its words (LIKE patterns, a-z0-9 only, and the kinds each names) and the documents it matches,
 * found once and then shared by the list and every facet's count.
 */
export interface RegisterMatch {
  kinds: KindRow[]
  terms: SearchTerms | undefined
  /** The published documents the query matches; undefined without a query. */
  matched: number[] | undefined
}

interface SearchTerms {
  tokens: { word: string; kindIds: number[] }[]
}

// Past this many, the matches are tested again in each query rather than sent as parameters
// (SQLite takes at most 32,766 of them).
const MATCHED_AS_PARAMETERS = 20_000

export async function matchRegister(db: Db, q: string | undefined): Promise<RegisterMatch> {
  const kinds = await db.selectFrom('document_kinds').select(['id', 'name', 'abbreviation', 'position', 'has_validity']).execute()
  const words = [...new Set(numberTokens(q ?? ''))].slice(0, 8)
  if (words.length === 0) return { kinds, terms: undefined, matched: undefined }
  // A word names a kind when it is a word of its name or its abbreviation ("quyet", "dinh", "qd" all name Quyết định).
  const kindWords = kinds.map((k) => ({ id: k.id, words: new Set(numberTokens(`${k.name} ${k.abbreviation}`)) }))
  const terms = { tokens: words.map((word) => ({ word, kindIds: kindWords.filter((k) => k.words.has(word)).map((k) => k.id) })) }
  return { kinds, terms, matched: await matchedIds(db, terms) }
}

/**
 * The published documents every word of the query finds, from the word index: the rarest word
 * that names no kind gives the candidates, each other word narrows them by equality look-ups
 * (a few milliseconds at 100,000 documents, where LIKE over every summary and file took seconds).
 * A query whose every word names a kind ("quyet dinh") is answered by one query over the index.
 */
async function matchedIds(db: Db, terms: SearchTerms): Promise<number[]> {
  const counted = await Promise.all(terms.tokens.map(async (token) => ({ token, count: await postings(db, token.word) })))
  const seed = counted.filter((c) => c.token.kindIds.length === 0).sort((a, b) => a.count - b.count)[0]
  if (!seed || seed.count > MATCHED_AS_PARAMETERS) {
    const rows = await db.selectFrom('documents as d').select('d.id').where('d.status', '=', 'published').where(indexedMatch(terms)).execute()
    return rows.map((r) => r.id)
  }
  let candidates = (await db.selectFrom('document_words').select('document_id').where('word', '=', seed.token.word).execute()).map((r) => r.document_id)
  for (const { token } of counted.filter((c) => c !== seed).sort((a, b) => a.count - b.count)) {
    if (candidates.length === 0) return []
    candidates = token.kindIds.length === 0
      ? (await db.selectFrom('document_words').select('document_id').where('word', '=', token.word).where('document_id', 'in', candidates).execute()).map((r) => r.document_id)
      : (await db.selectFrom('documents as d').select('d.id').where('d.id', 'in', candidates).where(namedOrWritten(token)).execute()).map((r) => r.id)
  }
  if (candidates.length === 0) return []
  return (await db.selectFrom('documents').select('id').where('id', 'in', candidates).where('status', '=', 'published').execute()).map((r) => r.id)
}

/** How many documents hold the word, counted no further than what decides the plan. */
async function postings(db: Db, word: string): Promise<number> {
  const row = await db.selectFrom((eb) => eb.selectFrom('document_words').select('document_id').where('word', '=', word).limit(MATCHED_AS_PARAMETERS + 1).as('p'))
    .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** The word is one of the document's (number, summary, files' text), or names its kind. */
function namedOrWritten(token: SearchTerms['tokens'][number]) {
  const written = sql<SqlBool>`d.id in (select w.document_id from document_words w where w.word = ${token.word})`
  return token.kindIds.length ? sql<SqlBool>`(${written} or d.kind_id in (${sql.join(token.kindIds)}))` : written
}

/** A word of the query that names the document itself: its number or its kind. Counted to rank. */
function namesDocument(token: SearchTerms['tokens'][number]) {
  const byNumber = sql<SqlBool>`d.number_key like ${`% ${token.word} %`}`
  return token.kindIds.length ? sql<SqlBool>`(${byNumber} or d.kind_id in (${sql.join(token.kindIds)}))` : byNumber
}

function scoreSql(terms: SearchTerms) {
  return sql<number>`(${sql.join(terms.tokens.map((t) => sql`case when ${namesDocument(t)} then 1 else 0 end`), sql` + `)})`
}

/** Every word of the query is one of the document's words, or names its kind: the index, in SQL. */
function indexedMatch(terms: SearchTerms): Expression<SqlBool> {
  return sql<SqlBool>`${sql.join(terms.tokens.map(namedOrWritten), sql` and `)}`
}

/**
 * The published documents under these filters, leaving out one facet's own (to count its
 * values). Only the documents table: every facet is counted by its column and named afterwards
 * from the short lists, so no count joins (a join made SQLite walk 100,000 rows five times over).
 */
function filtered(eb: From, filters: DocumentFilters, register: RegisterMatch, except?: Facet) {
  const conditions: Expression<SqlBool>[] = [eb('d.status', '=', 'published')]
  if (filters.kindId !== undefined && except !== 'kind') conditions.push(eb('d.kind_id', '=', filters.kindId))
  if (filters.issuerId !== undefined && except !== 'issuer') conditions.push(eb('d.issuer_id', '=', filters.issuerId))
  if (filters.fieldId !== undefined && except !== 'field') {
    conditions.push(sql<SqlBool>`exists (select 1 from document_field_links l where l.document_id = d.id and l.field_id = ${filters.fieldId})`)
  }
  if (filters.year !== undefined && except !== 'year') {
    conditions.push(eb.and([eb('d.issued_on', '>=', `${filters.year}-01-01`), eb('d.issued_on', '<', `${filters.year + 1}-01-01`)]))
  }
  if (filters.validity !== undefined && except !== 'validity') {
    conditions.push(sql<SqlBool>`${shownValiditySql} = ${filters.validity}`, eb('d.kind_id', 'in', withValidity(register)))
  }
  if (register.matched !== undefined) {
    if (register.matched.length === 0) conditions.push(sql<SqlBool>`1 = 0`)
    else if (register.matched.length <= MATCHED_AS_PARAMETERS) conditions.push(eb('d.id', 'in', register.matched))
    else conditions.push(indexedMatch(register.terms!))
  }
  return eb.and(conditions)
}

const withValidity = (register: RegisterMatch) => {
  const ids = register.kinds.filter((k) => k.has_validity === 1).map((k) => k.id)
  return ids.length ? ids : [-1]
}

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

/**
 * Newest issued first (issued_on, then id); with a query, the documents its words name (by
 * number and kind) first: "quyet dinh 15 2021" puts Quyết định 15/2021/QĐ-UBND on top.
 */
export async function listPublishedDocuments(db: Db, filters: DocumentFilters, after: DocumentCursor | undefined, limit: number, known?: RegisterMatch): Promise<DocumentList> {
  const register = known ?? await matchRegister(db, filters.q)
  const { terms } = register
  // Without a query every score is 0: ordering by it would keep SQLite off the newest-first index.
  const score = terms ? scoreSql(terms) : sql<number>`0`
  const rows = await documentsWithKindAndIssuer(db)
    .select([...listedColumns, validitySql.as('shown_validity'), score.as('score')])
    .where((eb) => filtered(eb as unknown as From, filters, register))
    .$if(after !== undefined && terms !== undefined, (qb) => qb.where(sql<SqlBool>`(${score} < ${after!.score}
      or (${score} = ${after!.score} and d.issued_on < ${after!.issuedOn})
      or (${score} = ${after!.score} and d.issued_on = ${after!.issuedOn} and d.id < ${after!.id}))`))
    .$if(after !== undefined && terms === undefined, (qb) => qb.where(sql<SqlBool>`(d.issued_on < ${after!.issuedOn} or (d.issued_on = ${after!.issuedOn} and d.id < ${after!.id}))`))
    .$if(terms !== undefined, (qb) => qb.orderBy(sql`score`, 'desc'))
    .orderBy('d.issued_on', 'desc').orderBy('d.id', 'desc')
    .limit(limit + 1)
    .execute()
  const shown = rows.slice(0, limit)
  const last = shown.at(-1)
  return {
    documents: shown.map(toListed),
    next: rows.length > limit && last ? { score: Number(last.score), issuedOn: last.issued_on, id: last.id } : undefined,
  }
}

/** How many published documents each facet value holds under the other chosen facets (and the query). */
export async function countFacets(db: Db, filters: DocumentFilters, known?: RegisterMatch): Promise<DocumentFacets> {
  const register = known ?? await matchRegister(db, filters.q)
  const documents = () => db.selectFrom('documents as d')
  const count = sql<number | string>`count(*)`
  const where = (except: Facet) => (eb: ExpressionBuilder<any, any>) => filtered(eb as From, filters, register, except)
  const [kinds, issuers, fields, years, validities, issuerNames, fieldNames] = await Promise.all([
    documents().select(['d.kind_id as value', count.as('n')]).where(where('kind')).groupBy('d.kind_id').execute(),
    documents().select(['d.issuer_id as value', count.as('n')]).where(where('issuer')).groupBy('d.issuer_id').execute(),
    documents().innerJoin('document_field_links as l', 'l.document_id', 'd.id').select(['l.field_id as value', count.as('n')])
      .where(where('field')).groupBy('l.field_id').execute(),
    documents().select([sql<string>`substr(d.issued_on, 1, 4)`.as('value'), count.as('n')])
      .where(where('year')).groupBy(sql`substr(d.issued_on, 1, 4)`).execute(),
    documents().select([shownValiditySql.as('value'), count.as('n')])
      .where(where('validity')).where('d.kind_id', 'in', withValidity(register)).groupBy(shownValiditySql).execute(),
    db.selectFrom('document_issuers').select(['id', 'name', 'position']).execute(),
    db.selectFrom('document_fields').select(['id', 'name', 'position']).execute(),
  ])
  // Named from the short lists, in the administrator's order (then by name).
  const named = (rows: { value: number; n: number | string }[], names: { id: number; name: string; position: number }[]) => {
    const counted = new Map(rows.map((r) => [r.value, Number(r.n)]))
    return names.filter((v) => counted.has(v.id)).sort((a, b) => a.position - b.position || compareVietnamese(a.name, b.name))
      .map((v) => ({ value: String(v.id), label: v.name, count: counted.get(v.id)! }))
  }
  return {
    kind: named(kinds, register.kinds),
    issuer: named(issuers, issuerNames),
    field: named(fields, fieldNames),
    year: years.map((r) => ({ value: r.value, label: r.value, count: Number(r.n) })).sort((a, b) => b.value.localeCompare(a.value)),
    // In the order of the words (not yet, in force, partly, expired, suspended); kinds without validity have none.
    validity: validities.flatMap((r) => (r.value !== null && isValidity(r.value) ? [{ value: r.value, label: r.value, count: Number(r.n) }] : []))
      .sort((a, b) => VALIDITY_ORDER.indexOf(a.value as Validity) - VALIDITY_ORDER.indexOf(b.value as Validity)),
  }
}

const VALIDITY_ORDER: readonly Validity[] = ['in_force', 'not_yet', 'partly_expired', 'suspended', 'expired']

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
