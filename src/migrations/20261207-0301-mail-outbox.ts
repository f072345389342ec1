import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Outgoing e-mail waits here (issue 15): written in the same transaction as the change
// that causes it, so a mail is never sent for a change that was rolled back, nor lost for one
// that was kept; a delivery job sends it, retrying with back-off across restarts.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('mail_outbox')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    // What the administrator reads in the list, in words ("Lời mời vào tòa soạn"), never the body.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text', (c) => c.notNull())
    // waiting → sending (leased by one instance) → sent; back to waiting after a failure, failed after the last try.
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('waiting'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', instant, (c) => c.notNull())
    // While 'sending': until when the instance that took it holds it. Past it, another may take it.
    .addColumn('lease_until', instant)
    .addColumn('last_error', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('sent_at', instant)
    .execute()
  await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['state', 'next_attempt_at']).execute()
}
