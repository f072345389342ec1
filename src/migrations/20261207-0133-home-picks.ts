import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The home page's stories as editors arrange them: 'lead' (tin tiêu điểm, the first one
// shown large) and 'featured' (tin nổi bật), each in the order chosen. An article is in one
// place at most; a withdrawn or deleted article simply drops out of the page.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('home_picks')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('picked_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('picked_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('home_picks_in_order').on('home_picks').columns(['slot', 'position']).execute()
}
