import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The main menu is the top-level categories in their order; this lets an administrator
// keep a category off the menu (reachable by its address and from the home page).
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable('categories').addColumn('in_menu', 'integer', (c) => c.notNull().defaultTo(1)).execute()
}
