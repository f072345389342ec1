import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Reports (issue 16): the royalty sheet's settings (points per bài / ảnh / tin, the length
// under which an article counts as tin) and the table that merges spellings of a byline's name.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('report_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createTable('report_author_aliases')
    // The spelling's key (NFC, trimmed, spaces collapsed, lower-case): every byline with that key counts for author_name.
    .addColumn('alias_key', 'text', (c) => c.primaryKey())
    .addColumn('alias_name', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute()
}
