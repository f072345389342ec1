import type { DutyCheck } from '../../platform/compliance/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { localDateOf } from '../working-days/index.ts'
import { toInstant } from '../../platform/text/time.ts'
import './question.table.ts'

/** The window the rate is worked out over, by the day a question was received. */
export const RATE_WINDOW_DAYS = 90
/** When the administrator has set no threshold (the compliance module passes its own default). */
const FALLBACK_THRESHOLD = 90
const DAY_MS = 24 * 60 * 60 * 1000
const LISTED = 5
const DESK = '/toa-soan/hoi-dap'

// Questions answered by their due day (ten working days, worked out at receipt), over those
// received in the last 90 days that can be judged: answered, or past their due day unanswered.
// Refused and duplicate questions are not answered by nature, and those still within their
// time are not judged yet.
export function questionsOnTimeDuty(db: Db): DutyCheck {
  return {
    duty: 'questions-on-time',
    async check({ now, threshold = FALLBACK_THRESHOLD }) {
      const today = localDateOf(now)
      const rows = await db.selectFrom('questions').select(['id', 'code', 'status', 'due_on', 'closed_at'])
        .where('received_at', '>=', new Date(now.getTime() - RATE_WINDOW_DAYS * DAY_MS).toISOString())
        .where('status', 'not in', ['rejected', 'duplicate']).orderBy('due_on').orderBy('id').execute()
      const answered = rows.filter((r) => r.status === 'answered' && r.closed_at !== null)
      const onTime = answered.filter((r) => localDateOf(toInstant(r.closed_at!)) <= r.due_on).length
      const overdue = rows.filter((r) => r.status !== 'answered' && r.due_on < today)
      const judged = answered.length + overdue.length
      if (judged === 0) return { state: 'met', detail: `Chưa có câu hỏi nào đến hạn trả lời trong ${RATE_WINDOW_DAYS} ngày qua.`, href: DESK }
      const rate = Math.floor((onTime / judged) * 1000) / 10
      const said = `${onTime}/${judged} câu hỏi (${rate.toLocaleString('vi-VN')}%) trả lời đúng hạn trong ${RATE_WINDOW_DAYS} ngày qua; ngưỡng ${threshold}%.`
      const items = overdue.slice(0, LISTED).map((r) => ({ label: `${r.code}: quá hạn từ ${r.due_on.split('-').reverse().join('/')}, chưa trả lời`, href: `${DESK}/${r.id}` }))
      if (rate < threshold) return { state: 'not_met', detail: said, href: overdue.length ? `${DESK}?qua-han=1` : DESK, items }
      if (overdue.length) return { state: 'warning', detail: `${said} Còn ${overdue.length} câu hỏi quá hạn chưa trả lời.`, href: `${DESK}?qua-han=1`, items }
      return { state: 'met', detail: said, href: DESK }
    },
  }
}
