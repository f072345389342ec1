import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import { findDocumentRecord } from './document.repository.ts'
import { isRelationKind, type RelationKind } from './document.ts'
import type { DocumentActor, DocumentInput } from './document.service.ts'
import './document.table.ts'

// A document's revisions: every save keeps the form's fields, its lĩnh vực and the relations it
// acts in ("this replaces …") as JSON. Files are not part of a revision (they have their own
// upload and removal, audited apart), and relations where another document acts belong to that
// document's revisions.

/** What a revision holds of the document, as the form would send it again. */
export interface RevisionSnapshot {
  kindId: number | null
  issuerId: number | null
  number: string
  title: string
  summary: string
  signer: string
  bodyHtml: string
  issuedOn: string
  effectiveFrom: string | null
  effectiveUntil: string | null
  validityOverride: string | null
  validityReason: string
  fieldIds: number[]
  /** Undefined in revisions kept before relations were kept: restoring those leaves relations as they are. */
  relations: { kind: RelationKind; otherId: number }[] | undefined
}

export interface DocumentRevision {
  id: number
  documentId: number
  savedAt: Date
  savedByName: string | null
  snapshot: RevisionSnapshot
}

/** Keeps the document as just saved (inside the save's transaction). */
export async function keepRevision(db: Db, id: number, actor: DocumentActor, now: Date): Promise<void> {
  const record = await findDocumentRecord(db, id)
  const fields = await db.selectFrom('document_field_links').select('field_id').where('document_id', '=', id).orderBy('field_id').execute()
  const relations = await actingRelations(db, id)
  const snapshot = { ...record, fieldIds: fields.map((f) => f.field_id), relations }
  await db.insertInto('document_revisions').values({ document_id: id, snapshot: JSON.stringify(snapshot), saved_by: actor.userId, saved_at: now.toISOString() }).execute()
}

/** The relations this document acts in, in a stable order. */
export async function actingRelations(db: Db, id: number): Promise<{ kind: RelationKind; otherId: number }[]> {
  const rows = await db.selectFrom('document_relations').select(['kind', 'other_id']).where('document_id', '=', id).orderBy('kind').orderBy('other_id').execute()
  return rows.filter((r) => isRelationKind(r.kind)).map((r) => ({ kind: r.kind as RelationKind, otherId: r.other_id }))
}

/** One revision of one document; undefined when the document has no such revision. */
export async function findDocumentRevision(db: Db, documentId: number, revisionId: number): Promise<DocumentRevision | undefined> {
  const row = await db.selectFrom('document_revisions').leftJoin('users', 'users.id', 'document_revisions.saved_by')
    .select(['document_revisions.id', 'document_revisions.document_id', 'document_revisions.snapshot', 'document_revisions.saved_at', 'users.name'])
    .where('document_revisions.id', '=', revisionId).where('document_revisions.document_id', '=', documentId).executeTakeFirst()
  if (!row) return undefined
  return { id: row.id, documentId: row.document_id, savedAt: toInstant(row.saved_at), savedByName: row.name, snapshot: readSnapshot(row.snapshot) }
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '')
const day = (v: unknown): string | null => (typeof v === 'string' && v ? v : null)
const id = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null)

/** The stored JSON read defensively: a field it lacks reads as empty, never as a crash. */
export function readSnapshot(json: string): RevisionSnapshot {
  const s = JSON.parse(json) as Record<string, unknown>
  const relations = Array.isArray(s.relations)
    ? (s.relations as { kind?: unknown; otherId?: unknown }[])
      .filter((r) => typeof r.kind === 'string' && isRelationKind(r.kind) && id(r.otherId) !== null)
      .map((r) => ({ kind: r.kind as RelationKind, otherId: r.otherId as number }))
    : undefined
  return {
    kindId: id(s.kindId), issuerId: id(s.issuerId), number: text(s.number), title: text(s.title), summary: text(s.summary), signer: text(s.signer),
    bodyHtml: text(s.bodyHtml), issuedOn: text(s.issuedOn), effectiveFrom: day(s.effectiveFrom), effectiveUntil: day(s.effectiveUntil),
    validityOverride: day(s.validityOverride), validityReason: text(s.validityReason),
    fieldIds: Array.isArray(s.fieldIds) ? s.fieldIds.filter((f): f is number => id(f) !== null) : [], relations,
  }
}

/** The revision as the service's input: restoring it is saving it again (the consultation's window, set at its own desk, stays). */
export function inputOfSnapshot(s: RevisionSnapshot): DocumentInput {
  return {
    kindId: s.kindId, issuerId: s.issuerId, number: s.number, title: s.title, summary: s.summary, signer: s.signer, bodyHtml: s.bodyHtml,
    issuedOn: s.issuedOn, effectiveFrom: s.effectiveFrom ?? '', effectiveUntil: s.effectiveUntil ?? '', validityOverride: s.validityOverride ?? '',
    validityReason: s.validityReason, fieldIds: s.fieldIds,
  }
}

/**
 * Puts back the relations the revision's document acted in; those to documents deleted since are
 * left out. Returns every document on the other end, before and after (their pages change).
 */
export async function restoreRelations(db: Db, id: number, relations: readonly { kind: RelationKind; otherId: number }[]): Promise<{ touched: number[]; replaced: number[] }> {
  const before = await actingRelations(db, id)
  const others = [...new Set(relations.map((r) => r.otherId))].filter((o) => o !== id)
  const existing = new Set(others.length ? (await db.selectFrom('documents').select('id').where('id', 'in', others).execute()).map((r) => r.id) : [])
  const kept = relations.filter((r) => existing.has(r.otherId))
  await db.deleteFrom('document_relations').where('document_id', '=', id).execute()
  // A relation the other document now holds the opposite way stays with that document.
  for (const r of kept) {
    const reverse = await db.selectFrom('document_relations').select('kind')
      .where('document_id', '=', r.otherId).where('kind', '=', r.kind).where('other_id', '=', id).executeTakeFirst()
    if (!reverse) await db.insertInto('document_relations').values({ document_id: id, kind: r.kind, other_id: r.otherId }).execute()
  }
  const all = [...before, ...kept]
  return {
    touched: [...new Set(all.map((r) => r.otherId))],
    replaced: [...new Set(all.filter((r) => r.kind === 'replaces').map((r) => r.otherId))],
  }
}
