import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The compliance page's own records: the thresholds the administrator sets for duties
// measured as a rate (one row a duty), and the accessibility checks recorded, every one kept
// (the page reads the latest).
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('compliance_thresholds')
    .addColumn('duty', 'text', (c) => c.primaryKey())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createTable('accessibility_checks')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_by', 'integer')
    .addColumn('recorded_at', instant, (c) => c.notNull())
    .execute()
}
