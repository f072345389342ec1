import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. What the newsroom needs so that no one's work is lost and no text goes live unseen:
// a version counter per article (a save names the version it was made from), who last changed
// the text and who approved it, a change to a published article kept aside until reviewed,
// who has the editor open, and the administrator's per-user grant to publish one's own changes.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'

  await db.schema.alterTable('articles').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute()
  await db.schema.alterTable('articles').addColumn('changed_by', 'integer', (c) => c.references('users.id').onDelete('set null')).execute()
  await db.schema.alterTable('articles').addColumn('approved_by', 'integer', (c) => c.references('users.id').onDelete('set null')).execute()

  // At most one open change per article: later saves build on it until it is accepted or returned.
  await db.schema.createTable('article_pending_changes')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('contributors', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()

  await db.schema.createTable('article_presence')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seen_at', instant, (c) => c.notNull())
    // The page (tab) that beat last: a goodbye from a page already replaced by a reload is ignored.
    .addColumn('page', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('article_presence_pk', ['article_id', 'user_id'])
    .execute()

  await db.schema.createTable('own_change_grants')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('granted_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('granted_at', instant, (c) => c.notNull())
    .execute()
}
