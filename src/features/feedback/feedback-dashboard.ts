import type { Db } from '../../platform/db/connect.ts'
import type { DashboardSource } from '../../platform/module.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { countByStatus, countOverdue } from './feedback.repository.ts'

/** On the home page of those who handle feedback: cases past their due day, and new ones nobody has taken. */
export function feedbackDashboard(db: Db): DashboardSource {
  return async (viewer, now) => {
    const user: NewsroomUser = viewer
    if (!may(user, 'feedback.handle')) return {}
    const [overdue, byStatus] = await Promise.all([countOverdue(db, newsroomDay(now)), countByStatus(db)])
    return {
      counts: [
        { label: 'Phản ánh quá hạn trả lời', count: overdue, href: '/toa-soan/phan-anh?qua-han=1', urgent: overdue > 0 },
        { label: 'Phản ánh mới tiếp nhận', count: byStatus.received ?? 0, href: '/toa-soan/phan-anh?trang-thai=received' },
      ],
    }
  }
}
