import type { Kysely } from 'kysely'
import { idColumn } from '../platform/db/id-column.ts'
import type { MigrationContext } from './index.ts'

// Frozen. Phản ánh, kiến nghị (issue 15): citizens' feedback about public services and officials'
// conduct, its handling, and the public record of handled cases. History is in case_history (kind 'feedback').
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob'
  await db.schema.createTable('feedback').$call(idColumn(dialect))
    // PA-<year>-<sequence of that year, six digits>: the look-up also needs the sender's e-mail or phone.
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // What happened, where and when (a local date), and the service or unit concerned.
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('happened_on', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    // Contact details: for those who handle the case only, emptied after the retention period.
    .addColumn('sender_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    // 1: the sender agreed to be named in the public record; public_name is what it shows, kept after erasure.
    .addColumn('named_publicly', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('public_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
    // The body it was forwarded to, or the one it belongs to when not ours.
    .addColumn('body_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('result_text', 'text', (c) => c.notNull().defaultTo(''))
    // The officer who took the case (its first step): with approvers, the only one who sees the contact.
    .addColumn('handler_id', 'integer', (c) => c.references('users.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('received_at', instant, (c) => c.notNull())
    .addColumn('consented_at', instant, (c) => c.notNull())
    .addColumn('closed_at', instant)
    // The local day it closed, compared with due_on for the monthly figures.
    .addColumn('closed_on', 'text')
    .addColumn('contact_erased_at', instant)
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('feedback_year_sequence').on('feedback').columns(['year', 'sequence']).unique().execute()
  await db.schema.createIndex('feedback_status').on('feedback').columns(['status', 'due_on']).execute()
  await db.schema.createIndex('feedback_received').on('feedback').columns(['received_at']).execute()

  // Photos and PDFs sent with it, judged from their bytes; never public.
  await db.schema.createTable('feedback_attachments').$call(idColumn(dialect))
    .addColumn('feedback_id', 'integer', (c) => c.notNull().references('feedback.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', bytes, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('feedback_attachments_feedback').on('feedback_attachments').columns(['feedback_id']).execute()
}
