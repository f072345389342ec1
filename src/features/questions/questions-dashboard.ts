import type { Db } from '../../platform/db/connect.ts'
import type { DashboardCount, DashboardSource } from '../../platform/module.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { countAssignedTo, countByStatus, countOverdue } from './question.repository.ts'

/** On the home page: questions past their due day and waiting for approval (leaders), or given to this user. */
export function questionsDashboard(db: Db): DashboardSource {
  return async (viewer, now) => {
    const user: NewsroomUser = viewer
    if (!may(user, 'question.answer')) return {}
    const today = newsroomDay(now)
    const counts: DashboardCount[] = []
    if (may(user, 'question.approve')) {
      const [byStatus, overdue] = await Promise.all([countByStatus(db), countOverdue(db, today)])
      counts.push({ label: 'Câu hỏi quá hạn trả lời', count: overdue, href: '/toa-soan/hoi-dap?qua-han=1', urgent: overdue > 0 })
      counts.push({ label: 'Câu hỏi mới chờ phân công', count: byStatus.new ?? 0, href: '/toa-soan/hoi-dap?trang-thai=new' })
      counts.push({ label: 'Trả lời chờ duyệt', count: byStatus.awaiting_approval ?? 0, href: '/toa-soan/hoi-dap?trang-thai=awaiting_approval', urgent: (byStatus.awaiting_approval ?? 0) > 0 })
    }
    counts.push({ label: 'Câu hỏi giao cho tôi', count: await countAssignedTo(db, user.id), href: '/toa-soan/hoi-dap?trang-thai=in_progress' })
    return { counts }
  }
}
