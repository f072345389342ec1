import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The language an article is written in (issue 12, "Languages"): every article so far is
// Vietnamese; the English pages under /en/ list only those in English, and the Vietnamese pages
// never list an English one.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable('articles').addColumn('language', 'text', (c) => c.notNull().defaultTo('vi')).execute()
  // The English home lists the few English articles without walking past every Vietnamese one.
  await db.schema.createIndex('articles_listing_by_language').on('articles').columns(['language', 'status', 'published_at', 'id']).execute()
}
