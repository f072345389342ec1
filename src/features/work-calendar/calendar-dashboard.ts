import type { Db } from '../../platform/db/connect.ts'
import type { DashboardSource } from '../../platform/module.ts'
import { may } from '../accounts/index.ts'
import { NEWSROOM_CALENDAR } from './paths.ts'
import './calendar.table.ts'

/** The approver's count on the home page: weeks waiting for approval, linked to the first of them. */
export function calendarDashboard(db: Db): DashboardSource {
  return async (viewer) => {
    if (!may(viewer, 'calendar.approve')) return {}
    const waiting = await db.selectFrom('calendar_weeks').select('week').where('status', '=', 'submitted').orderBy('week').execute()
    if (waiting.length === 0) return {}
    return { counts: [{ label: 'Tuần lịch công tác chờ duyệt', count: waiting.length, href: `${NEWSROOM_CALENDAR}?tuan=${waiting[0]!.week}`, urgent: true }] }
  }
}
