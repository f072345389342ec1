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

  // A reader's comment, as submitted (NFC plain text), and what moderators did with it. Rows are
  // never removed when their article is unpublished: the comment stays in the queue.
  await db.schema.createTable('comments')
    .addColumn('id', id, idColumn)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
    // A reader's reply to another comment; replies to replies attach to the first comment.
    .addColumn('parent_id', 'integer', (c) => c.references('comments.id').onDelete('set null'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_email', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // sha256 of the folded, space-collapsed text: duplicates are found by an index, not a scan.
    .addColumn('body_key', 'text', (c) => c.notNull())
    // Folded name, e-mail and text, for the moderators' search.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('spam_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('links_allowed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('moderated_at', instant)
    .addColumn('moderated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    // The organisation's answer, shown under the comment once the comment is approved.
    .addColumn('reply_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reply_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reply_at', instant)
    .execute()
  // The article page's one query: its approved comments in order.
  await db.schema.createIndex('comments_by_article').on('comments').columns(['article_id', 'status', 'created_at']).execute()
  await db.schema.createIndex('comments_by_status').on('comments').columns(['status', 'id']).execute()
  await db.schema.createIndex('comments_by_body_key').on('comments').columns(['body_key', 'created_at']).execute()

  // Site-wide comment settings (close after N days, the blocklist, the challenge secret).
  await db.schema.createTable('comment_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
  // Categories whose comments are published without moderation (moderation is on by default).
  await db.schema.createTable('comment_unmoderated_categories')
    .addColumn('category_id', 'integer', (c) => c.primaryKey().references('categories.id').onDelete('cascade'))
    .execute()
  await db.schema.createTable('comment_closed_articles')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('closed_at', instant, (c) => c.notNull())
    .execute()

  // Abuse counters: one row per key and time window, shared by every instance on one database.
  await db.schema.createTable('abuse_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('abuse_counters_by_expiry').on('abuse_counters').column('expires_at').execute()
}
