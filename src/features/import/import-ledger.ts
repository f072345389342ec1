import type { Db } from '../../platform/db/connect.ts'
import { headOf, normaliseOldAddress } from './old-address.ts'

// The import's memory in the database: which of the source's items are here already (by the
// source's id, so a second run, or one resumed after a crash, creates nothing twice) and which
// old addresses lead to them.

export type ImportedKind = 'category' | 'tag' | 'author' | 'media' | 'article' | 'page' | 'comment' | 'document' | 'question' | 'address'

export async function findImported(db: Db, source: string, kind: ImportedKind, sourceId: string): Promise<number | undefined> {
  const row = await db.selectFrom('import_items').select('target_id')
    .where('source', '=', source).where('kind', '=', kind).where('source_id', '=', sourceId).executeTakeFirst()
  return row?.target_id
}

/** Every item of a kind already imported from the source: the small kinds are read once a run. */
export async function allImported(db: Db, source: string, kind: ImportedKind): Promise<Map<string, number>> {
  const rows = await db.selectFrom('import_items').select(['source_id', 'target_id']).where('source', '=', source).where('kind', '=', kind).execute()
  return new Map(rows.map((r) => [r.source_id, r.target_id]))
}

export async function rememberImported(db: Db, item: { source: string; kind: ImportedKind; sourceId: string; targetId: number }, now: Date): Promise<void> {
  await db.insertInto('import_items')
    .values({ source: item.source, kind: item.kind, source_id: item.sourceId, target_id: item.targetId, imported_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['source', 'kind', 'source_id']).doUpdateSet({ target_id: item.targetId }))
    .execute()
}

/** What an old address names: an item of a kind (its address worked out when asked) or a path. */
export type AddressTarget = { kind: string; id: number } | { kind: 'path'; path: string }

/**
 * Keeps the old addresses of one item. An address another item already claimed keeps its first
 * owner (two old pages cannot both be answered by one redirect) and is returned as a clash.
 */
export async function keepOldAddresses(db: Db, source: string, addresses: readonly string[], target: AddressTarget, now: Date): Promise<string[]> {
  const clashes: string[] = []
  const seen = new Set<string>()
  for (const raw of addresses) {
    const address = normaliseOldAddress(raw)
    if (address === undefined || address === '/' || seen.has(address)) continue
    seen.add(address)
    const values = {
      address, head: headOf(address), source, created_at: now.toISOString(),
      target_kind: target.kind, target_id: 'id' in target ? target.id : null, target_path: 'path' in target ? target.path : '',
    }
    // Nearly every address is new: inserted at once, the one that was there read only then.
    const inserted = await db.insertInto('old_addresses').values(values).onConflict((oc) => oc.column('address').doNothing()).returning('address').executeTakeFirst()
    if (inserted) continue
    const existing = await db.selectFrom('old_addresses').select(['target_kind', 'target_id', 'target_path']).where('address', '=', address).executeTakeFirstOrThrow()
    if (existing.target_kind !== values.target_kind || existing.target_id !== values.target_id || existing.target_path !== values.target_path) clashes.push(raw)
  }
  return clashes
}

/** Tells the running portals something changed (they poll this log; see change-log.ts). */
export async function logImportChange(db: Db, source: string, items: number, now: Date): Promise<void> {
  if (items > 0) await db.insertInto('import_changes').values({ source, items, changed_at: now.toISOString() }).execute()
}
