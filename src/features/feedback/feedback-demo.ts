import type { Db } from '../../platform/db/connect.ts'
import { addHistory } from '../cases/index.ts'
import { localDateOf, WorkingDays } from '../working-days/index.ts'
import { insertFeedback, updateCase } from './feedback.repository.ts'
import { ANONYMOUS_NAME, CASE_KIND, RESULT_WORKING_DAYS, type FeedbackStatus } from './feedback.ts'

// Phản ánh's demo: handled cases (one named, one not ours), one being verified, one past its due day.
// Due days count weekends only here: the demo runs before anyone has opened the calendar.

const DAY_MS = 24 * 60 * 60 * 1000

interface DemoFeedback {
  title: string
  body: string
  place: string
  unit: string
  name: string
  named: boolean
  daysAgo: number
  status: FeedbackStatus
  bodyName?: string
  result?: string
  closedAfterDays?: number
}

const CASES: DemoFeedback[] = [
  {
    title: 'Đèn đường hỏng nhiều ngày trên đường Lê Lợi', place: 'Đường Lê Lợi, đoạn trước chợ phường', unit: 'Ban Quản lý dự án đầu tư xây dựng phường',
    body: 'Năm cột đèn liền nhau không sáng đã hơn một tuần, buổi tối rất tối, người đi bộ dễ gặp nguy hiểm.', name: 'Trần Văn Bình', named: true,
    daysAgo: 20, status: 'resolved', closedAfterDays: 6, result: 'Ban Quản lý dự án đã thay bóng và sửa đường dây cho 5 cột đèn ngày thứ sáu tuần trước. Đèn đã sáng bình thường.',
  },
  {
    title: 'Cán bộ một cửa hẹn trả hồ sơ quá hạn', place: 'Bộ phận một cửa Ủy ban nhân dân phường', unit: 'Bộ phận tiếp nhận và trả kết quả',
    body: 'Hồ sơ chứng thực của tôi hẹn trả sau 1 ngày nhưng đến ngày thứ 4 vẫn chưa có, không được giải thích lý do.', name: 'Lê Thị Mai', named: false,
    daysAgo: 35, status: 'resolved', closedAfterDays: 9, result: 'Đã xác minh: hồ sơ trả chậm 3 ngày do thiếu người ký. Ủy ban đã xin lỗi công dân, nhắc nhở cán bộ và bổ sung người ký thay.',
  },
  {
    title: 'Nước sinh hoạt có mùi lạ', place: 'Khu dân cư số 3', unit: 'Công ty cổ phần cấp nước', name: 'Phạm Quốc Hùng', named: false,
    body: 'Ba ngày nay nước máy có mùi clo rất nặng và hơi đục.', daysAgo: 12, status: 'not_competent', closedAfterDays: 2, bodyName: 'Công ty cổ phần cấp nước tỉnh (đường dây nóng 1900 0000)',
  },
  {
    title: 'Rác thải tập kết sai nơi quy định', place: 'Ngõ 12 đường Trần Phú', unit: 'Tổ dân phố số 5', name: 'Nguyễn Thu Hà', named: true,
    body: 'Rác được đổ thành đống ở đầu ngõ mỗi tối, bốc mùi, chiếm lối đi.', daysAgo: 4, status: 'verifying',
  },
  {
    title: 'Vỉa hè bị lấn chiếm để kinh doanh', place: 'Đường Nguyễn Huệ, số 40 đến 60', unit: 'Ủy ban nhân dân phường', name: 'Đỗ Minh Tâm', named: false,
    body: 'Các cửa hàng bày hàng kín vỉa hè, người đi bộ phải xuống lòng đường.', daysAgo: 30, status: 'forwarded', bodyName: 'Đội Quản lý trật tự đô thị phường',
  },
]

export async function seedFeedbackDemo(db: Db, now: Date): Promise<boolean> {
  const existing = await db.selectFrom('feedback').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()
  if (Number(existing.n) > 0) return false
  const days = new WorkingDays([])
  for (const d of CASES) {
    const receivedAt = new Date(now.getTime() - d.daysAgo * DAY_MS)
    const { id } = await insertFeedback(db, {
      title: d.title, body: d.body, place: d.place, unit: d.unit, happenedOn: localDateOf(new Date(receivedAt.getTime() - DAY_MS)),
      senderName: d.name, email: '', phone: '0912000001', namedPublicly: d.named, publicName: d.named ? d.name : ANONYMOUS_NAME,
      dueOn: days.addWorkingDays(localDateOf(receivedAt), RESULT_WORKING_DAYS), attachments: [],
    }, Number(localDateOf(receivedAt).slice(0, 4)), receivedAt)
    if (d.status === 'received') continue
    const stepAt = new Date(receivedAt.getTime() + DAY_MS)
    await addHistory(db, CASE_KIND, id, d.status === 'forwarded' ? 'forwarded' : 'verifying', d.status === 'forwarded' ? d.bodyName! : '', null, stepAt)
    if (d.status === 'resolved' || d.status === 'not_competent') {
      const closedAt = new Date(receivedAt.getTime() + (d.closedAfterDays ?? 5) * DAY_MS)
      await addHistory(db, CASE_KIND, id, d.status, d.bodyName ?? '', null, closedAt)
      await updateCase(db, id, {
        status: d.status, ...(d.result ? { result_text: d.result } : {}), ...(d.bodyName ? { body_name: d.bodyName } : {}),
        closed_at: closedAt.toISOString(), closed_on: localDateOf(closedAt),
      }, closedAt)
    } else {
      await updateCase(db, id, { status: d.status, ...(d.bodyName ? { body_name: d.bodyName } : {}) }, stepAt)
    }
  }
  return true
}
