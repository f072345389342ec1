import type { DutyCheck } from '../../platform/compliance/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { countByStatus, countOverdue } from './feedback.repository.ts'
import { CLOSED_STATUSES, RESULT_WORKING_DAYS } from './feedback.ts'

const DESK = '/toa-soan/phan-anh'

// Feedback is received at /phan-anh and every sender follows their case by its tracking code
// at /tra-cuu: that much is built in. What the data can fail is the handling: cases past the
// day their result was due are a warning, with where to take them up.
export function feedbackTrackingDuty(db: Db): DutyCheck {
  return {
    duty: 'feedback-tracking',
    async check({ now }) {
      const [overdue, byStatus] = await Promise.all([countOverdue(db, newsroomDay(now)), countByStatus(db)])
      const open = Object.entries(byStatus).filter(([status]) => !(CLOSED_STATUSES as readonly string[]).includes(status)).reduce((n, [, count]) => n + (count ?? 0), 0)
      const built = 'Người dân gửi phản ánh tại /phan-anh, nhận mã và theo dõi kết quả tại /tra-cuu.'
      if (overdue > 0) return { state: 'warning', detail: `${built} ${overdue}/${open} phản ánh đang xử lý đã quá hạn ${RESULT_WORKING_DAYS} ngày làm việc.`, href: `${DESK}?qua-han=1` }
      return { state: 'met', detail: `${built} ${open} phản ánh đang xử lý, không phản ánh nào quá hạn.`, href: DESK }
    },
  }
}
