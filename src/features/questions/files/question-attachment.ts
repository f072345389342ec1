import { randomBytes } from 'node:crypto'
import type { Db } from '../../../platform/db/connect.ts'
import type { Lang } from '../../../platform/i18n/index.ts'
import type { MediaStorage } from '../../../platform/storage/index.ts'
import { FILE_KINDS, judgeFile, uploadedName, type FileKind } from '../../documents/index.ts'
import { insertQuestionFile } from './question-file.repository.ts'
import { QUESTION_FILE_MAX_BYTES } from './question-file.ts'
import type { SentAttachment } from './question-upload.ts'

// The attachment's way in: judged from its bytes before the question is kept (a refused file
// refuses the form, with the other fields' messages), put in the media storage under a key no
// page names, and recorded once the question has its id.

export type AttachmentJudgement = { kind: FileKind } | { refused: string }

export async function judgeAttachment(file: SentAttachment, lang: Lang): Promise<AttachmentJudgement> {
  const mb = QUESTION_FILE_MAX_BYTES / (1024 * 1024)
  if (file.tooLarge) {
    return { refused: lang === 'en' ? `The file is larger than ${mb} MB. Please send a smaller one (a photo or a scan of the pages that matter).` : `Tệp lớn hơn ${mb} MB. Xin gửi tệp nhỏ hơn (ảnh chụp hoặc bản quét những trang cần thiết).` }
  }
  const judgement = await judgeFile(file.temp.path)
  if ('refused' in judgement) return { refused: lang === 'en' ? judgement.refusedEn : judgement.refused }
  return judgement
}

export interface StoredAttachment {
  storageKey: string
  fileName: string
  kind: FileKind
  file: SentAttachment
}

/** Puts the judged file in the storage: before the question is kept, so a storage failure keeps nothing. */
export async function storeAttachment(media: MediaStorage, file: SentAttachment, kind: FileKind): Promise<StoredAttachment> {
  const { extension, mediaType } = FILE_KINDS[kind]
  const storageKey = `hoi-dap/${randomBytes(16).toString('hex')}.${extension}`
  await media.putFile(storageKey, file.temp.path, mediaType)
  return { storageKey, fileName: uploadedName(file.fileName, extension), kind, file }
}

export async function recordAttachment(db: Db, questionId: number, stored: StoredAttachment, now: Date): Promise<number> {
  return insertQuestionFile(db, {
    questionId, storageKey: stored.storageKey, fileName: stored.fileName, mediaType: FILE_KINDS[stored.kind].mediaType,
    bytes: stored.file.temp.bytes, sha256: stored.file.temp.sha256, uploadedAt: now,
  })
}
