import { sql, type Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Set once a comment of the article is approved and never cleared, so 0 means "no
// approved comments": the article page then skips the comments query, which cost about a
// quarter of an uncached render. Most articles never get a comment.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable('articles').addColumn('has_approved_comments', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await sql`UPDATE articles SET has_approved_comments = 1
    WHERE id IN (SELECT article_id FROM comments WHERE status = 'approved')`.execute(db)
}
