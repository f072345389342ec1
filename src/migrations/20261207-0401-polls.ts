import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. Readers' polls ("Bình chọn"): a question, its choices with their counted votes, and
// the marks that keep one vote per reader per poll. A mark is a keyed hash of the reader's
// address and browser made with that day's key (poll_voter_keys), never the address itself;
// keys and marks older than the kept days are deleted, the counts stay.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  const id = dialect === 'postgres' ? 'serial' : 'integer'
  await db.schema.createTable('polls')
    .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('question', 'text', (c) => c.notNull())
    // 1: a reader may tick several choices; 0: one.
    .addColumn('multiple', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('opens_at', instant, (c) => c.notNull())
    .addColumn('closes_at', instant, (c) => c.notNull())
    // 'after-vote' or 'after-close': when readers may see the counts.
    .addColumn('results_shown', 'text', (c) => c.notNull().defaultTo('after-vote'))
    .addColumn('voters', 'integer', (c) => c.notNull().defaultTo(0))
    // What the cached pages were last told ('upcoming', 'open', 'closed'): the job purges on a change.
    .addColumn('announced_state', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('polls_closes_at').on('polls').column('closes_at').execute()
  await db.schema.createTable('poll_choices')
    .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('poll_id', 'integer', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('votes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.createIndex('poll_choices_poll').on('poll_choices').columns(['poll_id', 'position']).execute()
  await db.schema.createTable('poll_voters')
    .addColumn('poll_id', 'integer', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('voter', 'text', (c) => c.notNull())
    // The newsroom day whose key made the mark ("2026-12-07").
    .addColumn('day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_voters_pk', ['poll_id', 'voter'])
    .execute()
  await db.schema.createIndex('poll_voters_day').on('poll_voters').column('day').execute()
  await db.schema.createTable('poll_voter_keys')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .execute()
}
