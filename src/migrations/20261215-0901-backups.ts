import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Every backup taken (npm run toasoan -- backup), whether it succeeded: the compliance
// page's "backup in the last 24 hours" and the administrator's list read it.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('backups')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('started_at', instant, (c) => c.notNull())
    .addColumn('finished_at', instant, (c) => c.notNull())
    .addColumn('succeeded', 'integer', (c) => c.notNull())
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema.createIndex('backups_finished_at').on('backups').column('finished_at').execute()
}
