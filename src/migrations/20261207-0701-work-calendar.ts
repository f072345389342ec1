import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Lịch công tác: the leaders' work calendar, entered by the secretary, approved and
// published a week at a time. A week is an ISO week in Viet Nam's time ("2026-W49"); an entry's
// day and times are local wall-clock text ("2026-12-07", "08:00"), which is what the office types
// and what the page prints, with no instant to convert.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  const id = dialect === 'postgres' ? 'serial' : 'integer'
  await db.schema.createTable('calendar_weeks')
    .addColumn('week', 'text', (c) => c.primaryKey())
    // 'draft' (being entered), 'submitted' (waiting for approval), 'published'.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', instant)
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createTable('calendar_entries')
    .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('presides', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attends', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('preparing_unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // 1: postponed or called off after publication (kept on the page, struck through).
    .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
    // The entry as its week was published (JSON): what a later change is shown against. Null: never published.
    .addColumn('published_values', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('calendar_entries_week').on('calendar_entries').columns(['week', 'day', 'starts_at']).execute()
}
