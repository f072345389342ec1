import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Where the administrator put each layout block (issue 12, "Layout slots"): one row a
// block, naming it by its stable id. A block with no row shows where it goes by default, so an
// empty table is today's layout and a block added later shows without a migration of its own.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.createTable('block_placements')
    .addColumn('block_id', 'text', (c) => c.primaryKey())
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    // 1 shown, 0 hidden (kept in its place, to show again).
    .addColumn('shown', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
}
