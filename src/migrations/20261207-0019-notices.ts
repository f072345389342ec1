import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Short notices ("Thông báo") the newsroom puts in front of readers: a title, a line of
// text, an optional link, shown or not (issue 12's example module).
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('notices')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('link_url', 'text', (c) => c.notNull().defaultTo(''))
    // 1 shown to readers, 0 kept in the newsroom only.
    .addColumn('shown', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
}
