import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The daily backup the portal's job runner takes (npm run toasoan -- backup --schedule):
// one row, or none when no schedule is set. `claimed_day` is the newsroom's day (Asia/Ho_Chi_Minh)
// whose backup an instance has taken on: one conditional UPDATE claims it, so with several
// instances the day's backup runs once. `backups.scheduled` tells the runner's backups from the
// operator's own.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('backup_schedule')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('keep', 'integer', (c) => c.notNull())
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('claimed_day', 'text')
    .addColumn('claimed_at', instant)
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.alterTable('backups').addColumn('scheduled', 'integer', (c) => c.notNull().defaultTo(0)).execute()
}
