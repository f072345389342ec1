import type { Db } from '../../platform/db/connect.ts'
import type { Day } from './document.ts'
import { isValidity } from './document.ts'
import { proposeValidity, type Replacement } from './validity.ts'
import './document.table.ts'

// Keeps documents.validity what proposeValidity says for today: after a save or a publication
// (for the document and those it replaces) and at each newsroom-day change (every document).

/**
 * Writes the validity of the given documents (every one when `ids` is 'all') as of `today`;
 * returns the ids whose stored validity changed. Run it inside the change's transaction.
 */
export async function refreshValidityOf(db: Db, ids: readonly number[] | 'all', today: Day): Promise<number[]> {
  if (ids !== 'all' && ids.length === 0) return []
  let query = db.selectFrom('documents').innerJoin('document_kinds', 'document_kinds.id', 'documents.kind_id')
    .select(['documents.id', 'document_kinds.has_validity', 'documents.effective_from', 'documents.effective_until', 'documents.validity',
      'documents.validity_override', 'documents.consultation_opens_on'])
  if (ids !== 'all') query = query.where('documents.id', 'in', [...ids])
  // In id order: every instance runs the day's refresh at once, and on PostgreSQL two of them
  // updating the same rows in different orders deadlocked; in one order, the second waits.
  const rows = await query.orderBy('documents.id').execute()
  let replacing = db.selectFrom('document_relations').innerJoin('documents', 'documents.id', 'document_relations.document_id')
    .select(['document_relations.other_id', 'documents.effective_from', 'documents.status']).where('document_relations.kind', '=', 'replaces')
  if (ids !== 'all') replacing = replacing.where('document_relations.other_id', 'in', [...ids])
  const replacedBy = new Map<number, Replacement[]>()
  for (const r of await replacing.execute()) {
    const list = replacedBy.get(r.other_id) ?? []
    list.push({ effectiveFrom: r.effective_from, status: r.status })
    replacedBy.set(r.other_id, list)
  }
  const changed: number[] = []
  for (const row of rows) {
    const validity = proposeValidity({
      // A draft put out for comments (dự thảo) is not in force: it shows none.
      hasValidity: row.has_validity === 1 && row.consultation_opens_on === null,
      effectiveFrom: row.effective_from,
      effectiveUntil: row.effective_until,
      replacedBy: replacedBy.get(row.id) ?? [],
      today,
      override: row.validity_override !== null && isValidity(row.validity_override) ? row.validity_override : null,
    })
    if (validity === row.validity) continue
    await db.updateTable('documents').set({ validity }).where('id', '=', row.id).execute()
    changed.push(row.id)
  }
  return changed
}

/** The documents a document replaces (their validity hangs on it). */
export async function replacedBy(db: Db, id: number): Promise<number[]> {
  const rows = await db.selectFrom('document_relations').select('other_id').where('document_id', '=', id).where('kind', '=', 'replaces').execute()
  return rows.map((r) => r.other_id)
}

/** Every document related to this one, either way (their pages show it). */
export async function relatedTo(db: Db, id: number): Promise<number[]> {
  const [acting, other] = await Promise.all([
    db.selectFrom('document_relations').select('other_id as id').where('document_id', '=', id).execute(),
    db.selectFrom('document_relations').select('document_id as id').where('other_id', '=', id).execute(),
  ])
  return [...new Set([...acting, ...other].map((r) => r.id))]
}
