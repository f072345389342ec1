import { sql, type Kysely } from 'kysely'
import { idColumn } from '../platform/db/id-column.ts'
import type { MigrationContext } from './index.ts'

// Frozen. Every kind of citizen's case (Hỏi đáp, Phản ánh kiến nghị) keeps its public history in
// one table: each status it went through, with the words the citizen reads. Hỏi đáp's history
// is copied here; its old table stays until a later release's contract step drops it (docs/deploy.md).
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('case_history').$call(idColumn(dialect))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('case_history_case').on('case_history').columns(['kind', 'case_id', 'id']).execute()
  await sql`insert into case_history (kind, case_id, status, note, user_id, at)
    select 'question', question_id, status, note, user_id, at from question_history order by id`.execute(db)
}
