import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. What every import brought in (import_items: the source's id → ours, so a second run
// creates nothing twice), the addresses the old site answered (old_addresses, answered 301),
// and a change log the running portals poll (import_changes): the import is another process,
// perhaps without Redis, and what it wrote must show without a restart.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  const serial = dialect === 'postgres' ? 'serial' : 'integer'
  await db.schema.createTable('import_items')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('imported_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('import_items_pk', ['source', 'kind', 'source_id'])
    .execute()
  await db.schema.createTable('old_addresses')
    .addColumn('address', 'text', (c) => c.primaryKey())
    // Its first path segment: the set of them is what a running portal keeps in memory.
    .addColumn('head', 'text', (c) => c.notNull())
    // What it names: a kind of content and its id (its address is worked out when asked, so a
    // renamed article still redirects right), or a fixed path.
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer')
    .addColumn('target_path', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('old_addresses_head').on('old_addresses').column('head').execute()
  await db.schema.createTable('import_changes')
    .addColumn('id', serial, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('items', 'integer', (c) => c.notNull())
    .addColumn('changed_at', instant, (c) => c.notNull())
    .execute()
}
