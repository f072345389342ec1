import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The largest file the newsroom may attach to a document, set by the administrator
// (one row, id 1; 50 MB to begin with: a scanned decree of a hundred pages fits).
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.createTable('document_file_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('max_bytes', 'integer', (c) => c.notNull())
    .execute()
  await (db as Kysely<{ document_file_settings: { id: number; max_bytes: number } }>)
    .insertInto('document_file_settings').values({ id: 1, max_bytes: 50 * 1024 * 1024 }).execute()
}
