import { refreshDocumentWords } from '../../src/features/documents/document-words.ts'
import { numberKey } from '../../src/features/documents/number.ts'
import type { Db } from '../../src/platform/db/connect.ts'
import type { NewsroomEventBus } from '../../src/platform/events.ts'
import { foldedWords } from '../../src/platform/text/word-match.ts'
import { slugify } from '../../src/platform/text/vietnamese.ts'

// The register's rows, inserted straight into its tables as the newsroom would leave them: the
// readers' side is tested apart from the newsroom's service.

let sequence = 0

export interface Register {
  db: Db
  events?: NewsroomEventBus
}

export async function createKind({ db }: Register, name: string, fields: { abbreviation?: string; hasValidity?: boolean } = {}): Promise<number> {
  // Every portal starts with the usual kinds (migration 20261207-0202): one of those is taken as it is asked for.
  const seeded = await db.selectFrom('document_kinds').select('id').where('name', '=', name).executeTakeFirst()
  if (seeded) {
    await db.updateTable('document_kinds').set({ abbreviation: fields.abbreviation ?? '', has_validity: fields.hasValidity === false ? 0 : 1, position: ++sequence }).where('id', '=', seeded.id).execute()
    return seeded.id
  }
  const row = await db.insertInto('document_kinds')
    .values({ name, abbreviation: fields.abbreviation ?? '', has_validity: fields.hasValidity === false ? 0 : 1, position: ++sequence })
    .returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function createIssuer({ db }: Register, name: string, abbreviation = ''): Promise<number> {
  const row = await db.insertInto('document_issuers').values({ name, abbreviation, parent_id: null, active_from: null, active_until: null, merged_into_id: null, position: ++sequence })
    .returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function createField({ db }: Register, name: string): Promise<number> {
  const row = await db.insertInto('document_fields').values({ name, position: ++sequence }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export interface DocumentFields {
  kindId: number
  issuerId: number
  number: string
  summary?: string
  issuedOn?: string
  status?: 'draft' | 'scheduled' | 'published'
  validity?: string | null
  validityOverride?: string | null
  validityReason?: string
  effectiveFrom?: string | null
  effectiveUntil?: string | null
  signer?: string
  title?: string
  bodyHtml?: string
  fieldIds?: number[]
  files?: { fileName: string; mediaType?: string; bytes?: number; text?: string }[]
  publishedAt?: Date
}

/** A document with its field links and files; published unless told otherwise, announced as the newsroom would. */
export async function createDocument(register: Register, fields: DocumentFields): Promise<{ id: number; slug: string }> {
  const { db } = register
  const n = ++sequence
  const summary = fields.summary ?? `Về việc thử nghiệm số ${n}`
  const now = new Date()
  const slug = `${slugify(fields.number) || 'van-ban'}-${n}`
  const published = (fields.status ?? 'published') === 'published'
  const row = await db.insertInto('documents').values({
    slug,
    kind_id: fields.kindId,
    issuer_id: fields.issuerId,
    number: fields.number,
    number_key: numberKey(fields.number),
    title: fields.title ?? '',
    summary,
    summary_folded: foldedWords(summary),
    signer: fields.signer ?? '',
    body_html: fields.bodyHtml ?? '',
    issued_on: fields.issuedOn ?? '2021-05-01',
    effective_from: fields.effectiveFrom ?? null,
    effective_until: fields.effectiveUntil ?? null,
    validity: fields.validity === undefined ? 'in_force' : fields.validity,
    validity_override: fields.validityOverride ?? null,
    validity_reason: fields.validityReason ?? '',
    status: fields.status ?? 'published',
    publish_at: null,
    published_at: published ? (fields.publishedAt ?? now).toISOString() : null,
    consultation_opens_on: null,
    consultation_closes_on: null,
    created_by: null,
    updated_by: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  }).returning('id').executeTakeFirstOrThrow()
  for (const fieldId of fields.fieldIds ?? []) await db.insertInto('document_field_links').values({ document_id: row.id, field_id: fieldId }).execute()
  for (const [i, file] of (fields.files ?? []).entries()) {
    await db.insertInto('document_files').values({
      document_id: row.id, storage_key: `van-ban/${row.id}/${i}-${n}`, file_name: file.fileName, media_type: file.mediaType ?? 'application/pdf',
      bytes: file.bytes ?? 1000, sha256: '0'.repeat(64), position: i, text: file.text ?? '', text_folded: foldedWords(file.text ?? ''), text_state: file.text ? 'ok' : 'none',
      uploaded_by: null, created_at: now.toISOString(),
    }).execute()
  }
  await refreshDocumentWords(db, row.id)
  register.events?.emit('documents.changed', { ids: [row.id] })
  return { id: row.id, slug }
}

/** "B replaces A": stored once, from the acting document. */
export async function relate({ db, events }: Register, actingId: number, kind: 'replaces' | 'amends' | 'guides' | 'related', otherId: number): Promise<void> {
  await db.insertInto('document_relations').values({ document_id: actingId, kind, other_id: otherId }).execute()
  events?.emit('documents.changed', { ids: [actingId, otherId] })
}

/** The lists a newsroom test of the register starts from: two kinds every portal has (migration 0202), one issuer, two fields. */
export async function newsroomLists(db: Db) {
  await db.insertInto('document_issuers').values({ name: 'UBND tỉnh Bình Định', abbreviation: 'UBND' }).execute()
  await db.insertInto('document_fields').values([{ name: 'Đất đai', position: 0 }, { name: 'Giáo dục', position: 1 }]).execute()
  const idOf = async (table: 'document_kinds' | 'document_issuers' | 'document_fields', name: string) =>
    (await db.selectFrom(table).select('id').where('name', '=', name).executeTakeFirstOrThrow()).id
  return {
    decision: await idOf('document_kinds', 'Quyết định'), dispatch: await idOf('document_kinds', 'Công văn'),
    ubnd: await idOf('document_issuers', 'UBND tỉnh Bình Định'), land: await idOf('document_fields', 'Đất đai'), schools: await idOf('document_fields', 'Giáo dục'),
  }
}
