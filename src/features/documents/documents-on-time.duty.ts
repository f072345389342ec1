import type { DutyCheck, DutyItem } from '../../platform/compliance/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { localDateOf, parseLocalDate, type WorkingCalendar } from '../working-days/index.ts'
import { listLateDocuments, POSTING_WORKING_DAYS, workingDaysUsed } from './late-documents.ts'
import './document.table.ts'
import { DOCUMENTS } from './views/newsroom-list.view.ts'
import { LATE_DOCUMENTS } from './views/newsroom-late.view.ts'

/** How far back the page looks for documents that went out late: they cannot be put right, only seen. */
export const LATE_WINDOW_DAYS = 90
const DAY_MS = 24 * 60 * 60 * 1000
const LISTED = 5

// Documents posted within two working days of their issue (late-documents.ts says why two). Not
// met while a document never published is past that already: publishing it is the fix. Those
// published late in the last 90 days are a warning, listed: what happened cannot be undone.
export function documentsOnTimeDuty(db: Db, calendar: WorkingCalendar): DutyCheck {
  return {
    duty: 'documents-on-time',
    async check({ now }) {
      const today = localDateOf(now)
      const [waiting, late, days] = await Promise.all([
        db.selectFrom('documents').select(['id', 'number', 'issued_on']).where('status', '!=', 'published').where('published_at', 'is', null)
          .where('issued_on', '<', today).orderBy('issued_on').orderBy('id').execute(),
        listLateDocuments(db, calendar, undefined, new Date(now.getTime() - LATE_WINDOW_DAYS * DAY_MS)),
        calendar.current(),
      ])
      const overdue = waiting.flatMap((d) => {
        const issued = parseLocalDate(d.issued_on)
        const used = issued ? workingDaysUsed(days, issued, today) : 0
        return used > POSTING_WORKING_DAYS ? [{ label: `${d.number}: chưa đăng, đã ${used} ngày làm việc từ ngày ban hành`, href: `${DOCUMENTS}/${d.id}` }] : []
      })
      const lateItems: DutyItem[] = late.map((d) => ({ label: `${d.number}: đăng sau ${d.workingDays} ngày làm việc`, href: `${DOCUMENTS}/${d.id}` }))
      const lateSaid = late.length ? ` ${late.length} văn bản đăng chậm trong ${LATE_WINDOW_DAYS} ngày qua.` : ''
      if (overdue.length) {
        return {
          state: 'not_met', detail: `${overdue.length} văn bản đã quá ${POSTING_WORKING_DAYS} ngày làm việc kể từ ngày ban hành mà chưa đăng.${lateSaid}`,
          href: overdue.length === 1 ? overdue[0]!.href : `${DOCUMENTS}?trang-thai=nhap`, items: [...overdue, ...lateItems].slice(0, LISTED),
        }
      }
      if (late.length) return { state: 'warning', detail: `Không còn văn bản nào chờ đăng quá hạn.${lateSaid}`, href: `${LATE_DOCUMENTS}?nam=`, items: lateItems.slice(0, LISTED) }
      return { state: 'met', detail: `Mọi văn bản đã đăng trong ${POSTING_WORKING_DAYS} ngày làm việc kể từ ngày ban hành (xét ${LATE_WINDOW_DAYS} ngày qua); không văn bản nào chờ đăng quá hạn.`, href: `${LATE_DOCUMENTS}?nam=` }
    },
  }
}
