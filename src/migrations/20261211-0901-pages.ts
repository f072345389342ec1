import type { Kysely } from 'kysely'
import { idColumn } from '../platform/db/id-column.ts'
import type { MigrationContext } from './index.ts'

// Frozen. Trang tĩnh (issue 16): the organisation's own pages (Giới thiệu, Chức năng nhiệm vụ…)
// in a tree. The row holds the address and the working copy's workflow state; every saved
// version is a revision, and readers see the revision last published (live_revision_id), so a
// published page can be edited and approved again without going dark meanwhile.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('pages').$call(idColumn(dialect))
    .addColumn('parent_id', 'integer', (c) => c.references('pages.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    // The English version's own address segment (/en/page/<slug_en>); '' while it has none.
    .addColumn('slug_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    // The working copy: 'draft', 'pending' (waiting for approval) or 'published' (the live one).
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('live_revision_id', 'integer')
    .addColumn('published_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('pages_parent_slug').on('pages').columns(['parent_id', 'slug']).execute()
  await db.schema.createTable('page_revisions').$call(idColumn(dialect))
    .addColumn('page_id', 'integer', (c) => c.notNull().references('pages.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_en_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('saved_by', 'integer')
    .addColumn('saved_at', instant, (c) => c.notNull())
    // Set when this revision is a restored copy of an older one.
    .addColumn('restored_from', 'integer')
    .execute()
  await db.schema.createIndex('page_revisions_page').on('page_revisions').columns(['page_id', 'id']).execute()
}
