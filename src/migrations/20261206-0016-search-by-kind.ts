import { sql, type Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The search index holds items of any content source (articles today; documents, answers
// and pages next), each named by (kind, source_id). Expand only: instances of the previous release
// keep reading and writing the index during a rolling restart, so nothing is renamed and articles
// keep their numbers. `article_id` stays the number the index holds an item under (FTS5's rowid
// on SQLite): an article's own id, as before; items of other kinds take negative numbers, given
// out by a sequence on PostgreSQL. A row without source_id is an article written before.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  // On PostgreSQL both tables change alike: `search_recent` stays a row-for-row copy (SELECT *).
  for (const table of dialect === 'sqlite' ? ['search_documents'] : ['search_documents', 'search_recent']) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN kind text NOT NULL DEFAULT 'article'`.execute(db)
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN source_id integer`.execute(db)
  }
  await sql`CREATE UNIQUE INDEX search_documents_by_item ON search_documents (kind, source_id)`.execute(db)
  if (dialect === 'postgres') await sql`CREATE SEQUENCE search_item_numbers`.execute(db)
}
