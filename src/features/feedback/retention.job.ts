import type { Job } from '../../platform/jobs/index.ts'
import type { FeedbackDesk } from './feedback-desk.ts'

export const RETENTION_JOB = 'feedback.erase-contacts'

/** Once a day: contact details and files of cases closed longer ago than the retention period are erased. */
export function retentionJob(desk: FeedbackDesk): Job {
  return { name: RETENTION_JOB, label: 'Xóa thông tin liên hệ của phản ánh, kiến nghị quá hạn lưu', everyMs: 24 * 60 * 60_000, run: () => desk.eraseOldContacts() }
}
