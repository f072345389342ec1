import type { Kysely } from 'kysely'
import { foldedWords } from '../platform/text/word-match.ts'
import type { MigrationContext } from './index.ts'

// Frozen. The text of a document's attached files kept folded beside itself (words between single
// spaces, platform/text/word-match.ts), written when the file is attached: the register's search
// matches it as it matches `documents.summary_folded`, instead of folding every file's text in
// SQL at each query.
export async function up(db: Kysely<unknown>, _context: MigrationContext): Promise<void> {
  await db.schema.alterTable('document_files').addColumn('text_folded', 'text', (c) => c.notNull().defaultTo('')).execute()
  const files = db as Kysely<{ document_files: { id: number; text: string; text_folded: string } }>
  const rows = await files.selectFrom('document_files').select(['id', 'text']).where('text', '!=', '').execute()
  for (const row of rows) await files.updateTable('document_files').set({ text_folded: foldedWords(row.text) }).where('id', '=', row.id).execute()
}
