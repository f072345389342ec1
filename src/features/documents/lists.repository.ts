import type { Db } from '../../platform/db/connect.ts'
import type { Day } from './document.ts'
import './document.table.ts'

// The register's three edited lists: kinds (Luật, Quyết định, Công văn…), issuing bodies (a tree,
// with the days a body existed and what it was merged into) and fields (lĩnh vực).

export interface DocumentKind {
  id: number
  name: string
  abbreviation: string
  hasValidity: boolean
  position: number
  isActive: boolean
}

export interface DocumentIssuer {
  id: number
  name: string
  abbreviation: string
  parentId: number | null
  activeFrom: Day | null
  activeUntil: Day | null
  mergedIntoId: number | null
  position: number
}

export interface DocumentField {
  id: number
  name: string
  position: number
}

export type KindInput = Omit<DocumentKind, 'id'>
export type IssuerInput = Omit<DocumentIssuer, 'id'>
export type FieldInput = Omit<DocumentField, 'id'>

/** Every kind in the administrator's order; `activeOnly` for the choices of a new document. */
export async function listKinds(db: Db, { activeOnly = false } = {}): Promise<DocumentKind[]> {
  let query = db.selectFrom('document_kinds').selectAll().orderBy('position').orderBy('id')
  if (activeOnly) query = query.where('is_active', '=', 1)
  return (await query.execute()).map(toKind)
}

export async function findKind(db: Db, id: number): Promise<DocumentKind | undefined> {
  const row = await db.selectFrom('document_kinds').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toKind(row)
}

export async function insertKind(db: Db, input: KindInput): Promise<number> {
  const { id } = await db.insertInto('document_kinds').values(kindRow(input)).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateKind(db: Db, id: number, input: KindInput): Promise<void> {
  await db.updateTable('document_kinds').set(kindRow(input)).where('id', '=', id).execute()
}

/** Every issuing body in the administrator's order (parents before their children is the view's work). */
export async function listIssuers(db: Db): Promise<DocumentIssuer[]> {
  return (await db.selectFrom('document_issuers').selectAll().orderBy('position').orderBy('id').execute()).map(toIssuer)
}

export async function findIssuer(db: Db, id: number): Promise<DocumentIssuer | undefined> {
  const row = await db.selectFrom('document_issuers').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toIssuer(row)
}

export async function insertIssuer(db: Db, input: IssuerInput): Promise<number> {
  const { id } = await db.insertInto('document_issuers').values(issuerRow(input)).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateIssuer(db: Db, id: number, input: IssuerInput): Promise<void> {
  await db.updateTable('document_issuers').set(issuerRow(input)).where('id', '=', id).execute()
}

export async function listFields(db: Db): Promise<DocumentField[]> {
  return (await db.selectFrom('document_fields').selectAll().orderBy('position').orderBy('id').execute()).map(toField)
}

export async function findField(db: Db, id: number): Promise<DocumentField | undefined> {
  const row = await db.selectFrom('document_fields').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toField(row)
}

export async function insertField(db: Db, input: FieldInput): Promise<number> {
  const { id } = await db.insertInto('document_fields').values({ name: input.name, position: input.position }).returning('id').executeTakeFirstOrThrow()
  return id
}

export async function updateField(db: Db, id: number, input: FieldInput): Promise<void> {
  await db.updateTable('document_fields').set({ name: input.name, position: input.position }).where('id', '=', id).execute()
}

/** Whether any document uses the kind, issuer or field (such a row is kept, not deleted). */
export async function listItemInUse(db: Db, list: 'kind' | 'issuer' | 'field', id: number): Promise<boolean> {
  const row = list === 'field'
    ? await db.selectFrom('document_field_links').select('document_id').where('field_id', '=', id).limit(1).executeTakeFirst()
    : await db.selectFrom('documents').select('id').where(list === 'kind' ? 'kind_id' : 'issuer_id', '=', id).limit(1).executeTakeFirst()
  return row !== undefined
}

const kindRow = (input: KindInput) => ({
  name: input.name, abbreviation: input.abbreviation, has_validity: input.hasValidity ? 1 : 0, position: input.position, is_active: input.isActive ? 1 : 0,
})

const issuerRow = (input: IssuerInput) => ({
  name: input.name, abbreviation: input.abbreviation, parent_id: input.parentId, active_from: input.activeFrom,
  active_until: input.activeUntil, merged_into_id: input.mergedIntoId, position: input.position,
})

function toKind(row: { id: number; name: string; abbreviation: string; has_validity: number; position: number; is_active: number }): DocumentKind {
  return { id: row.id, name: row.name, abbreviation: row.abbreviation, hasValidity: row.has_validity === 1, position: row.position, isActive: row.is_active === 1 }
}

function toIssuer(row: {
  id: number; name: string; abbreviation: string; parent_id: number | null; active_from: string | null; active_until: string | null; merged_into_id: number | null; position: number
}): DocumentIssuer {
  return {
    id: row.id, name: row.name, abbreviation: row.abbreviation, parentId: row.parent_id, activeFrom: row.active_from,
    activeUntil: row.active_until, mergedIntoId: row.merged_into_id, position: row.position,
  }
}

const toField = (row: { id: number; name: string; position: number }): DocumentField => ({ id: row.id, name: row.name, position: row.position })
