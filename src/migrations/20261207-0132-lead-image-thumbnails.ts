import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The lead image's 3:2 thumbnails (a srcset, cropped around its focal point) are copied
// onto the article beside its other sources, so lists show them without a join.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable('articles').addColumn('lead_image_thumbs', 'text', (c) => c.notNull().defaultTo('')).execute()
}
