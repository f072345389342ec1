import { sql, type Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The search index (issue 5). Text is folded and tokenised by the application, never
// by the database, so both databases index exactly the same syllables (see src/features/search
// and docs/decisions/0021-search-one-fold-two-engines-bounded-work.md). `search_documents` says
// which article is indexed, as of which `updated_at`, with what the filters and recency need.
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
    // Titles again, on their own: their short doclists find title matches among 100,000 articles
    // in a millisecond, where a {title} filter on the big table reads every body's doclist too.
    await sql`CREATE VIRTUAL TABLE search_titles USING fts5(
      title, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
    )`.execute(db)
  } else {
    // Each tsvector holds a text's syllables and syllable pairs ("dan_van"), without positions:
    // pairs make phrases and adjacency plain GIN look-ups, never a per-row recheck (a positional
    // `<->` query rechecked every matching row's vector: 75–590 ms at 100,000 articles). Every
    // test is answered by a GIN index; a small toast_tuple_target keeps the vectors out of the
    // rows, so the heap the bitmaps visit stays narrow. `search_recent` repeats the newest
    // 10,000 articles: a query matching thousands of articles is answered from it alone.
    for (const table of ['search_documents', 'search_recent']) {
      await sql`CREATE TABLE ${sql.table(table)} (
        article_id integer PRIMARY KEY,
        category_id integer NOT NULL,
        published_at timestamptz NOT NULL,
        source_updated_at timestamptz NOT NULL,
        title_terms tsvector NOT NULL,
        head_terms tsvector NOT NULL,
        all_terms tsvector NOT NULL,
        exact_terms tsvector NOT NULL
      ) WITH (toast_tuple_target = 128)`.execute(db)
      for (const column of ['title_terms', 'head_terms', 'all_terms', 'exact_terms']) {
        await sql`CREATE INDEX ${sql.id(`${table}_${column}`)} ON ${sql.table(table)} USING gin (${sql.ref(column)})`.execute(db)
      }
    }
  }
  await sql`CREATE INDEX search_documents_by_time ON search_documents (published_at, article_id)`.execute(db)
}
