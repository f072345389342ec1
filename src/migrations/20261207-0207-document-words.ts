import { sql, type Kysely } from 'kysely'
import { foldedWords } from '../platform/text/word-match.ts'
import type { MigrationContext } from './index.ts'

// Frozen. The register's word index: each folded word of a document's number, summary and
// attached files' text, once per document. A reader's search looks its words up here by
// equality instead of scanning every summary and file with LIKE (seconds at 100,000 documents).
// Filled here for the documents already kept: their folded number and summary, and their files'
// text folded here (from `text`, which every version has, so this runs whatever came before it).
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  let table = db.schema.createTable('document_words')
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('document_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_words_pk', ['word', 'document_id'])
  if (dialect === 'sqlite') table = table.modifyEnd(sql`without rowid`)
  await table.execute()
  await db.schema.createIndex('document_words_document').on('document_words').columns(['document_id']).execute()

  const typed = db as unknown as Kysely<{
    documents: { id: number; number_key: string; summary_folded: string }
    document_files: { document_id: number; text: string }
    document_words: { word: string; document_id: number }
  }>
  const documents = await typed.selectFrom('documents').select(['id', 'number_key', 'summary_folded']).execute()
  const files = await typed.selectFrom('document_files').select(['document_id', 'text']).execute()
  const words = new Map<number, Set<string>>()
  const add = (id: number, text: string) => {
    const set = words.get(id) ?? new Set<string>()
    for (const word of text.split(' ')) if (word) set.add(word)
    words.set(id, set)
  }
  for (const d of documents) add(d.id, `${d.number_key} ${d.summary_folded}`)
  for (const f of files) add(f.document_id, foldedWords(f.text))
  const rows = [...words].flatMap(([document_id, set]) => [...set].map((word) => ({ word, document_id })))
  for (let start = 0; start < rows.length; start += 1000) await typed.insertInto('document_words').values(rows.slice(start, start + 1000)).execute()
}
