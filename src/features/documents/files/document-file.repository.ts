import { refreshDocumentWords } from '../document-words.ts'
import type { Db } from '../../../platform/db/connect.ts'
import { foldedWords } from '../../../platform/text/word-match.ts'
import type { DocumentStatus, FileTextState } from '../document.ts'
import '../document.table.ts'

// Every SQL statement about a document's attached files and their size limit.

export interface DocumentFile {
  id: number
  documentId: number
  storageKey: string
  fileName: string
  mediaType: string
  bytes: number
  sha256: string
  position: number
  textState: FileTextState
}

/** A file with what decides who may download it: its document's status. */
export interface ServedFile extends DocumentFile {
  documentStatus: DocumentStatus
}

export interface NewDocumentFile {
  documentId: number
  storageKey: string
  fileName: string
  mediaType: string
  bytes: number
  sha256: string
  text: string
  textState: FileTextState
  uploadedBy: number | null
}

const COLUMNS = ['f.id', 'f.document_id', 'f.storage_key', 'f.file_name', 'f.media_type', 'f.bytes', 'f.sha256', 'f.position', 'f.text_state'] as const

type Row = { id: number; document_id: number; storage_key: string; file_name: string; media_type: string; bytes: number | string; sha256: string; position: number; text_state: string }
const toFile = (r: Row): DocumentFile => ({
  id: r.id, documentId: r.document_id, storageKey: r.storage_key, fileName: r.file_name, mediaType: r.media_type,
  bytes: Number(r.bytes), sha256: r.sha256, position: r.position, textState: r.text_state as FileTextState,
})

/** Appended after the document's other files. */
export async function insertDocumentFile(db: Db, file: NewDocumentFile, now: Date): Promise<number> {
  const last = await db.selectFrom('document_files').select((eb) => eb.fn.max('position').as('position'))
    .where('document_id', '=', file.documentId).executeTakeFirst()
  const row = await db.insertInto('document_files').values({
    document_id: file.documentId, storage_key: file.storageKey, file_name: file.fileName, media_type: file.mediaType,
    bytes: file.bytes, sha256: file.sha256, text: file.text, text_folded: foldedWords(file.text), text_state: file.textState, uploaded_by: file.uploadedBy,
    position: last?.position == null ? 0 : Number(last.position) + 1, created_at: now.toISOString(),
  }).returning('id').executeTakeFirstOrThrow()
  await refreshDocumentWords(db, file.documentId)
  return row.id
}

export async function findServedFile(db: Db, id: number): Promise<ServedFile | undefined> {
  const row = await db.selectFrom('document_files as f').innerJoin('documents as d', 'd.id', 'f.document_id')
    .select([...COLUMNS, 'd.status']).where('f.id', '=', id).executeTakeFirst()
  return row && { ...toFile(row), documentStatus: row.status as DocumentStatus }
}

export async function listDocumentFiles(db: Db, documentId: number): Promise<DocumentFile[]> {
  const rows = await db.selectFrom('document_files as f').select(COLUMNS)
    .where('f.document_id', '=', documentId).orderBy('f.position').orderBy('f.id').execute()
  return rows.map(toFile)
}

/** The file's text, as search indexes it. */
export async function findDocumentFileText(db: Db, id: number): Promise<string | undefined> {
  return (await db.selectFrom('document_files').select('text').where('id', '=', id).executeTakeFirst())?.text
}

export async function deleteDocumentFile(db: Db, id: number): Promise<void> {
  const file = await db.selectFrom('document_files').select('document_id').where('id', '=', id).executeTakeFirst()
  await db.deleteFrom('document_files').where('id', '=', id).execute()
  if (file) await refreshDocumentWords(db, file.document_id)
}

/** Puts the document's files in this order (ids of other documents' files are ignored). */
export async function reorderDocumentFiles(db: Db, documentId: number, ids: readonly number[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db.updateTable('document_files').set({ position }).where('id', '=', id).where('document_id', '=', documentId).execute()
  }
}

export async function documentExists(db: Db, documentId: number): Promise<boolean> {
  return (await db.selectFrom('documents').select('id').where('id', '=', documentId).executeTakeFirst()) !== undefined
}

export async function readMaxFileBytes(db: Db): Promise<number> {
  const row = await db.selectFrom('document_file_settings').select('max_bytes').where('id', '=', 1).executeTakeFirst()
  return Number(row?.max_bytes ?? DEFAULT_MAX_FILE_BYTES)
}

export async function saveMaxFileBytes(db: Db, bytes: number): Promise<void> {
  await db.updateTable('document_file_settings').set({ max_bytes: bytes }).where('id', '=', 1).execute()
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024

/** What the file screen names its document by: "15/2021/QĐ-UBND — Về việc…". */
export async function findDocumentHeading(db: Db, documentId: number): Promise<{ number: string; summary: string } | undefined> {
  return db.selectFrom('documents').select(['number', 'summary']).where('id', '=', documentId).executeTakeFirst()
}
