import { sql, type Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The search index (issue 5). Text is folded and tokenised by the application, never
// by the database, so both databases index exactly the same syllables (see
// src/features/search and docs/decisions.md). `search_documents` says which article is indexed,
// as of which `updated_at`, with what the filters and recency need.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`CREATE TABLE search_documents (
      article_id integer PRIMARY KEY,
      category_id integer NOT NULL,
      published_at text NOT NULL,
      source_updated_at text NOT NULL
    )`.execute(db)
    // Contentless: the text lives in `articles`; the index holds only folded syllables (five
    // columns, one a field) and the same text lower-cased with its diacritics (`exact`).
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
      title, lead, body, byline, tags, exact,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
    )`.execute(db)
  } else {
    await sql`CREATE TABLE search_documents (
      article_id integer PRIMARY KEY,
      category_id integer NOT NULL,
      published_at timestamptz NOT NULL,
      source_updated_at timestamptz NOT NULL,
      title_folded tsvector NOT NULL,
      folded tsvector NOT NULL,
      exact tsvector NOT NULL
    )`.execute(db)
    await sql`CREATE INDEX search_documents_folded ON search_documents USING gin (folded)`.execute(db)
    await sql`CREATE INDEX search_documents_title ON search_documents USING gin (title_folded)`.execute(db)
  }
  await sql`CREATE INDEX search_documents_by_time ON search_documents (published_at, article_id)`.execute(db)
}
