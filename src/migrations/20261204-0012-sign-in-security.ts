import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The sign-in security of audit 11: addresses each user has signed in from (the
// per-account slowing spares them), the second factor (TOTP) with its recovery codes, and
// sign-ins waiting for their code after the password was right.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  const id = dialect === 'postgres' ? 'serial' : 'integer'
  const idColumn = (col: { primaryKey(): any }) => {
    const c = col.primaryKey()
    return dialect === 'sqlite' ? c.autoIncrement() : c
  }

  await db.schema.createTable('sign_in_addresses')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('last_signed_in_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('sign_in_addresses_pk', ['user_id', 'ip'])
    .execute()

  // One authenticator per user. Until confirmed_at is set the secret is only being enrolled.
  // last_used_step: the 30-second step of the last code accepted; a code is never taken twice.
  await db.schema.createTable('second_factors')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('confirmed_at', instant)
    .addColumn('last_used_step', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  // Only a SHA-256 of each code is kept; used_at set means spent.
  await db.schema.createTable('recovery_codes')
    .addColumn('id', id, idColumn)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('used_at', instant)
    .execute()
  await db.schema.createIndex('recovery_codes_by_user').on('recovery_codes').column('user_id').execute()

  // Password accepted, code not yet: a short-lived state, not a session (the cookie holds a
  // random token, only its hash is here).
  await db.schema.createTable('pending_sign_ins')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('expires_at', instant, (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('next', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.createIndex('pending_sign_ins_by_user').on('pending_sign_ins').column('user_id').execute()
}
