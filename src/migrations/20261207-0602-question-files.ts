import type { Kysely } from 'kysely'
import { idColumn } from '../platform/db/id-column.ts'
import type { MigrationContext } from './index.ts'

// Frozen. Hỏi đáp (issue 15): a file the citizen sends with the question (a scan, a photo, a
// PDF), judged from its bytes as a document's file is, kept in the media storage under a key no
// page shows, and seen by the newsroom only, unless the answerer publishes it with the answer.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  await db.schema.createTable('question_files').$call(idColumn(dialect))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    // As uploaded, in NFC: the download keeps it (Content-Disposition).
    .addColumn('file_name', 'text', (c) => c.notNull())
    // One of the documents' file kinds, judged from the bytes, never the browser's word.
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    // 1 once the answerer publishes it with the answer; 0, the newsroom's only.
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('uploaded_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('question_files_question').on('question_files').columns(['question_id', 'id']).execute()
}
