import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Where a category used to be: renaming its slug or moving it under another parent
// changes its address (and its sub-categories'), and links readers and search engines kept
// must lead to the new one (301) rather than to the 404 page.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('category_former_paths')
    .addColumn('path', 'text', (c) => c.primaryKey())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id').onDelete('cascade'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('category_former_paths_by_category').on('category_former_paths').column('category_id').execute()
}
