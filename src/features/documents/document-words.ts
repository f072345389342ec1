import type { Db } from '../../platform/db/connect.ts'

// The register's word index (migration 20261207-0207-document-words): every folded word of a
// document's number, summary and files' text, once. Kept whole for one document at a time,
// from the folded columns, whenever any of them changes: the service's saves, a file attached
// or removed, the spreadsheet import (through both).

/** The words of the folded texts (" 15 2021 qd ubnd ", " quy dinh ve gia dat "), each once. */
export function wordsOf(...foldedTexts: string[]): string[] {
  const words = new Set<string>()
  for (const text of foldedTexts) for (const word of text.split(' ')) if (word) words.add(word)
  return [...words]
}

/** Rewrites one document's words from what its row and its files hold now. */
export async function refreshDocumentWords(db: Db, documentId: number): Promise<void> {
  const document = await db.selectFrom('documents').select(['number_key', 'summary_folded']).where('id', '=', documentId).executeTakeFirst()
  await db.deleteFrom('document_words').where('document_id', '=', documentId).execute()
  if (!document) return
  const files = await db.selectFrom('document_files').select('text_folded').where('document_id', '=', documentId).execute()
  const words = wordsOf(document.number_key, document.summary_folded, ...files.map((f) => f.text_folded))
  for (let start = 0; start < words.length; start += 1000) {
    await db.insertInto('document_words').values(words.slice(start, start + 1000).map((word) => ({ word, document_id: documentId }))).execute()
  }
}
