import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The lead image is chosen from the media library; its responsive sources are copied
// onto the article so that reading an article needs no join.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable('articles').addColumn('lead_image_id', 'integer', (c) => c.references('media.id').onDelete('set null')).execute()
  await db.schema.alterTable('articles').addColumn('lead_image_srcset', 'text', (c) => c.notNull().defaultTo('')).execute()
  await db.schema.alterTable('articles').addColumn('lead_image_width', 'integer').execute()
  await db.schema.alterTable('articles').addColumn('lead_image_height', 'integer').execute()
}
