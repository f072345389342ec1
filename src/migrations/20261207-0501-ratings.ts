import type { Kysely } from 'kysely'
import { idColumn } from '../platform/db/id-column.ts'
import type { MigrationContext } from './index.ts'

// Frozen. Readers rate the information ("Thông tin này có hữu ích không?") under articles and
// documents, and answer the site survey; both once per reader per day, by a keyed mark of the
// reader (never the address) whose key changes daily (reader_mark_keys).
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('reader_mark_keys')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createTable('content_ratings').$call(idColumn(dialect))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('reader_mark', 'text', (c) => c.notNull())
    .addColumn('helpful', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant, (c) => c.notNull())
    // Once per reader, item and day: the second answer of the day is not counted.
    .addUniqueConstraint('content_ratings_once_a_day', ['kind', 'item_id', 'day', 'reader_mark'])
    .execute()
  // The newsroom's page reads by period.
  await db.schema.createIndex('content_ratings_by_day').on('content_ratings').columns(['day']).execute()
  await db.schema.createTable('survey_answers').$call(idColumn(dialect))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('reader_mark', 'text', (c) => c.notNull())
    .addColumn('interface_score', 'integer', (c) => c.notNull())
    .addColumn('content_score', 'integer', (c) => c.notNull())
    .addColumn('quality_score', 'integer', (c) => c.notNull())
    .addColumn('support_score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addUniqueConstraint('survey_answers_once_a_day', ['day', 'reader_mark'])
    .execute()
}
