import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The monitoring codes an administrator pastes (the EMC code, another analytics code),
// kept as pasted; what they need of the page's policy is read from them again at start.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await db.schema.createTable('monitoring_codes')
    .addColumn('kind', 'text', (c) => c.primaryKey())
    .addColumn('snippet', 'text', (c) => c.notNull())
    .addColumn('updated_at', dialect === 'postgres' ? 'timestamptz' : 'text', (c) => c.notNull())
    .execute()
}
