import type { Job } from '../../platform/jobs/index.ts'
import type { QuestionDesk } from './question-desk.ts'

export const RETENTION_JOB = 'questions.erase-contacts'

/** Once a day: contact details of cases closed longer ago than the administrator's months are erased. */
export function retentionJob(desk: QuestionDesk): Job {
  return { name: RETENTION_JOB, label: 'Xóa thông tin liên hệ của hồ sơ hỏi đáp quá hạn lưu', everyMs: 24 * 60 * 60_000, run: () => desk.eraseOldContacts() }
}
