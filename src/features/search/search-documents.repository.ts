import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'

// Which item the index holds under which number (doc_id): the same table on both databases.

export interface IndexedItem {
  kind: string
  sourceId: number
}

export async function findIndexedItems(db: Db, docIds: readonly number[]): Promise<Map<number, IndexedItem>> {
  if (docIds.length === 0) return new Map()
  const rows = await db.selectFrom('search_documents').select(['doc_id', 'kind', 'source_id']).where('doc_id', 'in', docIds).execute()
  return new Map(rows.map((r) => [r.doc_id, { kind: r.kind, sourceId: r.source_id }]))
}

export async function findDocIds(db: Db, kind: string, sourceIds: readonly number[]): Promise<number[]> {
  if (sourceIds.length === 0) return []
  const rows = await db.selectFrom('search_documents').select('doc_id').where('kind', '=', kind).where('source_id', 'in', sourceIds).execute()
  return rows.map((r) => r.doc_id)
}

/** Every item of a kind the index holds, with the modified date it was indexed at. */
export async function listIndexedVersions(db: Db, kind: string): Promise<Map<number, { docId: number; modifiedAt: number }>> {
  const rows = await db.selectFrom('search_documents').select(['doc_id', 'source_id', 'source_updated_at']).where('kind', '=', kind).execute()
  return new Map(rows.map((r) => [r.source_id, { docId: r.doc_id, modifiedAt: toInstant(r.source_updated_at).getTime() }]))
}

/** Items of kinds no source offers any more (a module taken out). */
export async function listDocIdsOfOtherKinds(db: Db, kinds: readonly string[]): Promise<number[]> {
  let query = db.selectFrom('search_documents').select('doc_id')
  if (kinds.length > 0) query = query.where('kind', 'not in', kinds)
  return (await query.execute()).map((r) => r.doc_id)
}
