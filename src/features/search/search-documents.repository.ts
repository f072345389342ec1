import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { SearchDocument } from './search.repository.ts'

// Which item the index holds under which number (the `article_id` column, FTS5's rowid on
// SQLite): the same table on both databases. Articles are numbered by their own id, as they
// were before other kinds existed (instances of the previous release still write them so
// during a rolling restart); items of other kinds by negative numbers, given out once.

/** The kind numbered by its own ids. */
export const ARTICLE_KIND = 'article'
/** In category_id, for the kinds not filed in categories (no category has it). */
export const NO_CATEGORY = 0

export interface IndexedItem {
  kind: string
  sourceId: number
}

// A row without source_id is an article indexed before kinds existed: its number is its id.
const sourceIdOf = (row: { article_id: number; source_id: number | null }): number => row.source_id ?? row.article_id

export async function findIndexedItems(db: Db, numbers: readonly number[]): Promise<Map<number, IndexedItem>> {
  if (numbers.length === 0) return new Map()
  const rows = await db.selectFrom('search_documents').select(['article_id', 'kind', 'source_id']).where('article_id', 'in', numbers).execute()
  return new Map(rows.map((r) => [r.article_id, { kind: r.kind, sourceId: sourceIdOf(r) }]))
}

/** The numbers these items are held under (those the index holds). */
export async function findItemNumbers(db: Db, kind: string, sourceIds: readonly number[]): Promise<number[]> {
  if (kind === ARTICLE_KIND || sourceIds.length === 0) return [...sourceIds]
  const rows = await db.selectFrom('search_documents').select('article_id').where('kind', '=', kind).where('source_id', 'in', sourceIds).execute()
  return rows.map((r) => r.article_id)
}

/** The numbers of the documents' items: kept when already indexed; new ones are taken from `fresh`. */
export async function numberItems(db: Db, documents: readonly SearchDocument[], fresh: (count: number) => Promise<number[]>): Promise<number[]> {
  const held = new Map<string, number>()
  for (const [kind, ids] of groupByKind(documents.filter((d) => d.kind !== ARTICLE_KIND))) {
    const rows = await db.selectFrom('search_documents').select(['article_id', 'source_id']).where('kind', '=', kind).where('source_id', 'in', ids).execute()
    for (const r of rows) held.set(`${kind}:${r.source_id}`, r.article_id)
  }
  const missing = documents.filter((d) => d.kind !== ARTICLE_KIND && !held.has(`${d.kind}:${d.sourceId}`))
  const numbers = missing.length > 0 ? await fresh(missing.length) : []
  missing.forEach((d, i) => held.set(`${d.kind}:${d.sourceId}`, numbers[i]!))
  return documents.map((d) => (d.kind === ARTICLE_KIND ? d.sourceId : held.get(`${d.kind}:${d.sourceId}`)!))
}

function groupByKind(documents: readonly SearchDocument[]): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const d of documents) out.set(d.kind, [...(out.get(d.kind) ?? []), d.sourceId])
  return out
}

/** Every item of a kind the index holds, with its number and the modified date it was indexed at. */
export async function listIndexedVersions(db: Db, kind: string): Promise<Map<number, { number: number; modifiedAt: number }>> {
  const rows = await db.selectFrom('search_documents').select(['article_id', 'source_id', 'source_updated_at']).where('kind', '=', kind).execute()
  return new Map(rows.map((r) => [sourceIdOf(r), { number: r.article_id, modifiedAt: toInstant(r.source_updated_at).getTime() }]))
}

/** Items of kinds no source offers any more (a module taken out). */
export async function listNumbersOfOtherKinds(db: Db, kinds: readonly string[]): Promise<number[]> {
  let query = db.selectFrom('search_documents').select('article_id')
  if (kinds.length > 0) query = query.where('kind', 'not in', kinds)
  return (await query.execute()).map((r) => r.article_id)
}
