import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Hỏi đáp (issue 15): a question may be given to a unit of the organisation as well as to a
// person. The unit's name is kept with the case, so the queue reads it without the structure's
// tables (a portal may run without that module) and a unit renamed or merged later still shows
// the name it had when the case was given to it.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable('questions').addColumn('unit_id', 'integer').execute()
  await db.schema.alterTable('questions').addColumn('unit_name', 'text', (c) => c.notNull().defaultTo('')).execute()
}
