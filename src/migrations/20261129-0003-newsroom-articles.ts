import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen: a later change to the schema is a new migration, never an edit here.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  const id = dialect === 'postgres' ? 'serial' : 'integer'
  const idColumn = (col: { primaryKey(): any }) => {
    const c = col.primaryKey()
    return dialect === 'sqlite' ? c.autoIncrement() : c
  }

  // Who wrote it, and why it was last sent back. Imported and demo articles have no author.
  await db.schema.alterTable('articles').addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null')).execute()
  await db.schema.alterTable('articles').addColumn('return_reason', 'text', (c) => c.notNull().defaultTo('')).execute()
  // The scheduler looks for what is due: scheduled articles by publish time, published ones by expiry.
  await db.schema.createIndex('articles_due').on('articles').columns(['status', 'published_at']).execute()
  await db.schema.createIndex('articles_expiring').on('articles').columns(['status', 'expires_at']).execute()
  await db.schema.createIndex('articles_by_author').on('articles').columns(['author_id', 'status']).execute()

  await db.schema.createTable('article_revisions')
    .addColumn('id', id, idColumn)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('saved_at', instant, (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('article_revisions_by_article').on('article_revisions').columns(['article_id', 'id']).execute()

  await db.schema.createTable('notifications')
    .addColumn('id', id, idColumn)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('read_at', instant)
    .execute()
  await db.schema.createIndex('notifications_by_user').on('notifications').columns(['user_id', 'id']).execute()
}
