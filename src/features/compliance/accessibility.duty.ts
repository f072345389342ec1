import type { DutyCheck } from '../../platform/compliance/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { ACCESSIBILITY_RESULT_NAMES, findLastAccessibilityCheck } from './compliance.repository.ts'
import { COMPLIANCE_PATH } from './paths.ts'

/** A check older than this no longer says much about pages changed since: it is due again. */
export const ACCESSIBILITY_VALID_DAYS = 365
const DAY_MS = 24 * 60 * 60 * 1000
/** The form on the compliance page itself. */
const FORM = `${COMPLIANCE_PATH}#kiem-tra-tiep-can`

export const dayText = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

// The portal cannot judge its own accessibility from data: a person checks (WCAG 2.1 AA, with a
// screen reader and the keyboard) and records the day and the result on the compliance page.
export function accessibilityDuty(db: Db): DutyCheck {
  return {
    duty: 'accessibility',
    async check({ now }) {
      const last = await findLastAccessibilityCheck(db)
      if (!last) return { state: 'not_met', detail: 'Chưa ghi lại lần kiểm tra khả năng tiếp cận nào.', href: FORM }
      const age = Math.floor((Date.parse(newsroomDay(now)) - Date.parse(last.checkedOn)) / DAY_MS)
      const said = `Lần kiểm tra gần nhất ngày ${dayText(last.checkedOn)}: ${ACCESSIBILITY_RESULT_NAMES[last.result]}${last.note ? ` (${last.note})` : ''}.`
      if (age > ACCESSIBILITY_VALID_DAYS) return { state: 'not_met', detail: `${said} Đã quá một năm, cần kiểm tra lại.`, href: FORM }
      if (last.result === 'khong-dat') return { state: 'not_met', detail: said, href: FORM }
      if (last.result === 'con-loi') return { state: 'warning', detail: said, href: FORM }
      return { state: 'met', detail: said, href: FORM }
    },
  }
}
