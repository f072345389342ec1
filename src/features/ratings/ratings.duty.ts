import type { DutyCheck } from '../../platform/compliance/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import './rating.table.ts'

const WINDOW_DAYS = 90
const DAY_MS = 24 * 60 * 60 * 1000

// The question "Thông tin này có hữu ích không?" is under every article and document by design
// (this module's content part), and the site survey is at /khao-sat: nothing turns them off.
// The line says how many readers used them lately, for the administrator to read on.
export function ratingsDuty(db: Db): DutyCheck {
  return {
    duty: 'ratings',
    async check({ now }) {
      const since = newsroomDay(new Date(now.getTime() - WINDOW_DAYS * DAY_MS))
      const row = await db.selectFrom('content_ratings').select((eb) => eb.fn.countAll<number | string>().as('n')).where('day', '>=', since).executeTakeFirstOrThrow()
      return {
        state: 'met',
        detail: `Theo thiết kế: mỗi bài viết, văn bản có câu hỏi “Thông tin này có hữu ích không?”, và có phiếu khảo sát tại /khao-sat; ${Number(row.n)} lượt đánh giá trong ${WINDOW_DAYS} ngày qua.`,
        href: '/toa-soan/danh-gia',
      }
    },
  }
}
