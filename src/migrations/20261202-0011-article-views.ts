import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Readers' views of each article per day (the newsroom's day, "2026-12-02"), for the
// "Đọc nhiều" block. Each instance adds its counts in batches, so a row is one upsert a minute
// at most whatever the traffic, and several instances simply add up.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.createTable('article_views')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_views_pk', ['article_id', 'day'])
    .execute()
  await db.schema.createIndex('article_views_by_day').on('article_views').columns(['day', 'article_id']).execute()
}
