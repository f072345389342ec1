import type { Db } from '../../platform/db/connect.ts'
import type { DashboardSource } from '../../platform/module.ts'
import { may } from '../accounts/index.ts'
import { NEWSROOM_PAGES } from './page.ts'
import './pages.table.ts'

/** The approver's count on the home page: static pages waiting for approval, linked to the first. */
export function pagesDashboard(db: Db): DashboardSource {
  return async (viewer) => {
    if (!may(viewer, 'page.publish')) return {}
    const waiting = await db.selectFrom('pages').select('id').where('status', '=', 'pending').orderBy('id').execute()
    if (waiting.length === 0) return {}
    return { counts: [{ label: 'Trang tĩnh chờ duyệt', count: waiting.length, href: waiting.length === 1 ? `${NEWSROOM_PAGES}/${waiting[0]!.id}` : NEWSROOM_PAGES, urgent: true }] }
  }
}
