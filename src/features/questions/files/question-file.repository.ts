import type { Db } from '../../../platform/db/connect.ts'
import { toInstant } from '../../../platform/text/time.ts'
import './question-file.table.ts'
import type { QuestionFile } from './question-file.ts'

// Every statement about questions' attachments.

type Row = { id: number; question_id: number; storage_key: string; file_name: string; media_type: string; bytes: number; sha256: string; is_public: number; uploaded_at: string | Date }

const toFile = (r: Row): QuestionFile => ({
  id: r.id, questionId: r.question_id, storageKey: r.storage_key, fileName: r.file_name, mediaType: r.media_type,
  bytes: Number(r.bytes), sha256: r.sha256, isPublic: Number(r.is_public) === 1, uploadedAt: toInstant(r.uploaded_at),
})

export async function insertQuestionFile(db: Db, file: Omit<QuestionFile, 'id' | 'isPublic'>): Promise<number> {
  const row = await db.insertInto('question_files').values({
    question_id: file.questionId, storage_key: file.storageKey, file_name: file.fileName, media_type: file.mediaType,
    bytes: file.bytes, sha256: file.sha256, uploaded_at: file.uploadedAt.toISOString(),
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function listQuestionFiles(db: Db, questionId: number, only: { public?: true } = {}): Promise<QuestionFile[]> {
  let query = db.selectFrom('question_files').selectAll().where('question_id', '=', questionId)
  if (only.public) query = query.where('is_public', '=', 1)
  return (await query.orderBy('id').execute()).map(toFile)
}

export async function findQuestionFile(db: Db, id: number): Promise<QuestionFile | undefined> {
  const row = await db.selectFrom('question_files').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toFile(row)
}

/** A file readers may download: published with the answer of a question that is itself published. */
export async function findPublicQuestionFile(db: Db, id: number): Promise<QuestionFile | undefined> {
  const row = await db.selectFrom('question_files').innerJoin('questions', 'questions.id', 'question_files.question_id')
    .selectAll('question_files').where('question_files.id', '=', id).where('question_files.is_public', '=', 1)
    .where('questions.status', '=', 'answered').where('questions.published_at', 'is not', null).executeTakeFirst()
  return row && toFile(row)
}

export async function setQuestionFilePublic(db: Db, id: number, isPublic: boolean): Promise<void> {
  await db.updateTable('question_files').set({ is_public: isPublic ? 1 : 0 }).where('id', '=', id).execute()
}

/**
 * The attachments of these questions that the answerer did not publish: a scan of an ID card is
 * personal data, erased with the asker's contact details. Removed from the table; their storage
 * keys returned for the caller to delete from the media storage.
 */
export async function removeUnpublishedFiles(db: Db, questionIds: readonly number[]): Promise<string[]> {
  if (questionIds.length === 0) return []
  const rows = await db.selectFrom('question_files').select(['id', 'storage_key'])
    .where('question_id', 'in', [...questionIds]).where('is_public', '=', 0).execute()
  if (rows.length) await db.deleteFrom('question_files').where('id', 'in', rows.map((r) => r.id)).execute()
  return rows.map((r) => r.storage_key)
}
