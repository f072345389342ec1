import type { Kysely } from 'kysely'
import { foldedWords } from '../platform/text/word-match.ts'
import type { MigrationContext } from './index.ts'

// Frozen. The newsroom's article list (issue 13): every article in tabs by state, searched by a
// few words of its title typed with or without diacritics, paged by time without OFFSET.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  // The title as folded words (platform/text/word-match.ts); written with the title from now on.
  await db.schema.alterTable('articles').addColumn('title_folded', 'text', (c) => c.notNull().defaultTo('')).execute()
  const articles = db as Kysely<{ articles: { id: number; title: string; title_folded: string } }>
  const rows = await articles.selectFrom('articles').select(['id', 'title']).execute()
  for (const row of rows) await articles.updateTable('articles').set({ title_folded: foldedWords(row.title) }).where('id', '=', row.id).execute()
  // Each tab lists one or a few states by last change; "Tất cả" lists every state by it.
  await db.schema.createIndex('articles_newsroom_by_status').on('articles').columns(['status', 'updated_at', 'id']).execute()
  await db.schema.createIndex('articles_newsroom_by_change').on('articles').columns(['updated_at', 'id']).execute()
}
