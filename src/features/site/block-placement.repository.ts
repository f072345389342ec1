import type { Db } from '../../platform/db/connect.ts'
import { isSlotName, type Placement } from '../../platform/layout/index.ts'

/** What the administrator stored; rows naming a slot this version does not have are left out. */
export async function listBlockPlacements(db: Db): Promise<Placement[]> {
  const rows = await db.selectFrom('block_placements').select(['block_id', 'slot', 'position', 'shown']).orderBy('position').execute()
  return rows.flatMap((row) => (isSlotName(row.slot)
    ? [{ blockId: row.block_id, slot: row.slot, position: Number(row.position), shown: Number(row.shown) === 1 }]
    : []))
}

/** The whole layout at once: what is not listed goes back to where its block goes by default. */
export async function replaceBlockPlacements(db: Db, placements: readonly Placement[]): Promise<void> {
  await db.deleteFrom('block_placements').execute()
  if (placements.length === 0) return
  await db.insertInto('block_placements')
    .values(placements.map((p) => ({ block_id: p.blockId, slot: p.slot, position: p.position, shown: p.shown ? 1 : 0 })))
    .execute()
}
