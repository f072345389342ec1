import type { Db } from '../../platform/db/connect.ts'
import type { DashboardCount, DashboardSource } from '../../platform/module.ts'
import { may, type NewsroomUser } from '../accounts/index.ts'
import { localDateOf, type WorkingCalendar } from '../working-days/index.ts'
import { listLateDocuments } from './late-documents.ts'
import { countNewsroomDocuments } from './newsroom-list.repository.ts'
import { LATE_DOCUMENTS } from './views/newsroom-late.view.ts'
import { DOCUMENTS } from './views/newsroom-list.view.ts'

/** The register's part of each user's home page: its drafts and scheduled documents; the late ones for the administrator. */
export function documentsDashboard(deps: { db: Db; workingDays: WorkingCalendar }): DashboardSource {
  return async (viewer, now) => {
    const user: NewsroomUser = viewer
    const counts: DashboardCount[] = []
    if (may(user, 'document.edit')) {
      const [drafts, scheduled] = await Promise.all([countNewsroomDocuments(deps.db, { status: 'draft' }), countNewsroomDocuments(deps.db, { status: 'scheduled' })])
      counts.push({ label: 'Văn bản nháp', count: drafts, href: `${DOCUMENTS}?trang-thai=nhap` })
      counts.push({ label: 'Văn bản hẹn giờ đăng', count: scheduled, href: `${DOCUMENTS}?trang-thai=hen-gio` })
    }
    if (may(user, 'site.administer')) {
      const year = Number(localDateOf(now).slice(0, 4))
      const late = await listLateDocuments(deps.db, deps.workingDays, year)
      counts.push({ label: `Văn bản đăng chậm năm ${year}`, count: late.length, href: `${LATE_DOCUMENTS}?nam=${year}` })
    }
    return { counts }
  }
}
