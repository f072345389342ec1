import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The English edition (issue 16): a Vietnamese article an editor chose for translation
// ("cần dịch"), and the English article that translates it. One English translation per
// Vietnamese original (the unique index), an English article translates at most one.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable('articles').addColumn('translation_wanted', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('articles').addColumn('translation_of', 'integer', (c) => c.references('articles.id').onDelete('set null')).execute()
  await db.schema.createIndex('articles_translation_of').unique().on('articles').column('translation_of').execute()
}
