import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Newsroom mail (issue 15): links that let a user set their own password (an invitation,
// valid 72 hours; a reset, valid 1 hour), each used once, only a SHA-256 of the token kept; the
// flag that makes a user change a password someone else saw; and each user's choice of workflow mail.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'

  await db.schema.createTable('account_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // 'invitation' or 'password-reset'
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('account_tokens_by_user').on('account_tokens').column('user_id').execute()

  // 1: the password was shown to someone else (mail off); every page but "Đổi mật khẩu" waits for a new one.
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  // Workflow mail, on unless the user turned it off: their article returned, an article waiting for their review.
  await db.schema.alterTable('users').addColumn('mail_when_returned', 'integer', (c) => c.notNull().defaultTo(1)).execute()
  await db.schema.alterTable('users').addColumn('mail_when_waiting', 'integer', (c) => c.notNull().defaultTo(1)).execute()
}
