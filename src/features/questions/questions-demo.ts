import type { Db } from '../../platform/db/connect.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { localDateOf, WorkingDays } from '../working-days/index.ts'
import { addHistory, insertQuestion, listTopics, updateCase } from './question.repository.ts'
import { ANSWER_WORKING_DAYS, type QuestionStatus } from './question.ts'

// Hỏi đáp's demo: answered questions (one pinned as FAQ), one new, and one past its due day.
// Due days count weekends only here: the demo runs before anyone has opened the calendar.

const DAY_MS = 24 * 60 * 60 * 1000

interface DemoQuestion {
  topic: number
  title: string
  body: string
  name: string
  daysAgo: number
  status: QuestionStatus
  answer?: string
  faq?: boolean
}

const QUESTIONS: DemoQuestion[] = [
  {
    topic: 0, title: 'Thủ tục đăng ký tạm trú online thế nào?', name: 'Nguyễn Thị Hoa', daysAgo: 12, status: 'answered', faq: true,
    body: 'Tôi mới chuyển đến thuê nhà ở phường. Tôi có thể đăng ký tạm trú qua mạng không, cần giấy tờ gì?',
    answer: '<p>Bạn đăng ký tạm trú trực tuyến trên Cổng dịch vụ công quốc gia hoặc ứng dụng VNeID, mục “Đăng ký tạm trú”.</p><p>Hồ sơ gồm: tờ khai thay đổi thông tin cư trú (CT01) và giấy tờ chứng minh chỗ ở hợp pháp (hợp đồng thuê nhà). Thời hạn giải quyết: 03 ngày làm việc.</p>',
  },
  {
    topic: 1, title: 'Hồ sơ xin giấy phép xây dựng nhà ở riêng lẻ gồm những gì?', name: 'Trần Văn Bình', daysAgo: 20, status: 'answered',
    body: 'Gia đình tôi định xây nhà 3 tầng trên đất ở đã có sổ đỏ. Xin hỏi cần chuẩn bị hồ sơ gì?',
    answer: '<p>Hồ sơ gồm: đơn đề nghị cấp giấy phép xây dựng; bản sao giấy chứng nhận quyền sử dụng đất; hai bộ bản vẽ thiết kế xây dựng.</p><p>Nộp tại bộ phận một cửa của Ủy ban nhân dân cấp xã.</p>',
  },
  {
    topic: 2, title: 'Mức hưởng trợ cấp thất nghiệp được tính thế nào?', name: 'Lê Minh', daysAgo: 30, status: 'answered',
    body: 'Tôi đóng bảo hiểm thất nghiệp 5 năm, vừa nghỉ việc. Mức hưởng hằng tháng của tôi là bao nhiêu?',
    answer: '<p>Mức hưởng hằng tháng bằng 60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp của 06 tháng liền kề trước khi nghỉ việc.</p>',
  },
  { topic: 4, title: 'Điều kiện hưởng trợ cấp cho người cao tuổi?', name: 'Phạm Văn Dũng', daysAgo: 25, status: 'in_progress', body: 'Bố tôi 80 tuổi, không có lương hưu. Ông có được trợ cấp hằng tháng không?' },
  { topic: 3, title: 'Con tôi chuyển trường giữa năm học được không?', name: 'Hoàng Thu Trang', daysAgo: 1, status: 'new', body: 'Gia đình chuyển nơi ở, con tôi học lớp 7. Thủ tục chuyển trường thế nào?' },
]

export async function seedQuestionsDemo(db: Db, now: Date): Promise<boolean> {
  const existing = await db.selectFrom('questions').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()
  if (Number(existing.n) > 0) return false
  const topics = await listTopics(db)
  const days = new WorkingDays([])
  for (const d of QUESTIONS) {
    const receivedAt = new Date(now.getTime() - d.daysAgo * DAY_MS)
    const dueOn = days.addWorkingDays(localDateOf(receivedAt), ANSWER_WORKING_DAYS)
    const { id } = await insertQuestion(db, {
      topicId: topics[d.topic]!.id, title: d.title, body: d.body, publicName: d.name, askerName: d.name, email: '', phone: '0912000000', address: '', lang: 'vi', dueOn,
    }, Number(localDateOf(receivedAt).slice(0, 4)), receivedAt)
    if (d.status === 'new') continue
    const answeredAt = new Date(receivedAt.getTime() + 5 * DAY_MS)
    await addHistory(db, id, 'in_progress', '', null, new Date(receivedAt.getTime() + DAY_MS))
    if (d.status === 'answered') {
      await addHistory(db, id, 'answered', '', null, answeredAt)
      await updateCase(db, id, {
        status: 'answered', answer_html: d.answer ?? '', slug: `${slugify(d.title, 80)}-${id}`, published_at: answeredAt.toISOString(), closed_at: answeredAt.toISOString(), is_faq: d.faq ? 1 : 0,
      }, answeredAt)
    } else {
      await updateCase(db, id, { status: d.status }, receivedAt)
    }
  }
  return true
}
