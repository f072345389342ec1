import type { Db } from '../../platform/db/connect.ts'
import type { Job } from '../../platform/jobs/index.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { removeUnpublishedFiles } from './files/question-file.repository.ts'
import type { QuestionDesk } from './question-desk.ts'

export const RETENTION_JOB = 'questions.erase-contacts'

/**
 * Once a day: contact details of cases closed longer ago than the administrator's months are
 * erased, and with them the attachments the answer did not publish. A file that cannot be
 * deleted from the storage now is only left unreachable: its row is gone.
 */
export function retentionJob(desk: QuestionDesk, db: Db, media: MediaStorage): Job {
  return {
    name: RETENTION_JOB, label: 'Xóa thông tin liên hệ của hồ sơ hỏi đáp quá hạn lưu', everyMs: 24 * 60 * 60_000,
    run: async () => {
      const ids = await desk.eraseOldContacts()
      for (const key of await removeUnpublishedFiles(db, ids)) await media.delete(key).catch(() => {})
      return ids
    },
  }
}
