import { createLocale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { actionButton, adminFormView, inputField, notice, textareaField, trail, type FormState } from '../../admin-kit/index.ts'
import { adjustmentOf, timeText, type CalendarEntry, type CalendarWeek } from '../calendar-entry.ts'
import { NEWSROOM_CALENDAR as L, VIETNAMESE_CALENDAR } from '../paths.ts'
import { daysOfWeek } from '../week.ts'
import { dayName } from './week-page.view.ts'

const vietnamese = createLocale('vi')
export const STATUS_WORDS = { draft: 'Đang nhập', submitted: 'Chờ duyệt', published: 'Đã công bố' } as const

export interface NewsroomWeekModel {
  week: CalendarWeek
  entries: CalendarEntry[]
  previous: string
  next: string
  csrfToken: string
  canEdit: boolean
  canApprove: boolean
  message?: string
}

export function weekHeading(week: string): string {
  const days = daysOfWeek(week)
  const typed = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`
  return `Lịch công tác tuần ${Number(week.slice(6))} (${typed(days[0]!)} – ${typed(days[6]!)})`
}

/** /toa-soan/lich-cong-tac?tuan=…: the week as the secretary enters it and the approver approves it. */
export function newsroomWeekView(m: NewsroomWeekModel): SafeHtml {
  const { week } = m.week
  const weekPath = `${L}/tuan/${week}`
  const steps = [
    m.canEdit && m.week.status === 'draft' && m.entries.length > 0 ? actionButton(`${weekPath}/gui-duyet`, 'Gửi duyệt', m.csrfToken) : '',
    m.canApprove && m.week.status === 'submitted' ? actionButton(`${weekPath}/duyet`, 'Duyệt và công bố', m.csrfToken) : '',
    m.canApprove && m.week.status === 'submitted' ? actionButton(`${weekPath}/tra-lai`, 'Trả lại', m.csrfToken) : '',
  ]
  return html`${trail([{ label: 'Lịch công tác' }])}
<h1>${weekHeading(week)}</h1>
${notice(m.message)}
<p>Trạng thái: <strong class="week-status">${STATUS_WORDS[m.week.status]}</strong>${m.week.publishedAt ? ` (công bố lúc ${vietnamese.dateTime(m.week.publishedAt)})` : ''}.
${m.week.status === 'published' ? 'Mọi thay đổi từ nay hiện ngay trên trang công khai, có dấu “Điều chỉnh” và giá trị trước đó.' : ''}</p>
<p><a href="${L}?tuan=${m.previous}">« Tuần trước</a> · <a href="${L}?tuan=${m.next}">Tuần sau »</a> · <a href="${VIETNAMESE_CALENDAR.week(week)}">Xem trang công khai</a>
${m.canEdit ? html` · <a href="${L}/moi?ngay=${daysOfWeek(week)[0]}">Thêm lịch</a>` : ''}</p>
<div class="week-steps">${steps}</div>
${m.entries.length === 0 ? html`<p>Chưa có lịch nào trong tuần này.</p>` : html`<table class="calendar-entries">
<caption>Các mục trong tuần, theo ngày và giờ</caption>
<thead><tr><th scope="col">Ngày</th><th scope="col">Giờ</th><th scope="col">Nội dung</th><th scope="col">Chủ trì</th><th scope="col">Địa điểm</th><th scope="col">Thao tác</th></tr></thead>
<tbody>${m.entries.map((e) => entryRow(e, m))}</tbody>
</table>`}`
}

function entryRow(e: CalendarEntry, m: NewsroomWeekModel): SafeHtml {
  const adjusted = adjustmentOf(e, m.week)
  const actions = !m.canEdit ? '' : html`<a href="${L}/${e.id}">Sửa</a> ${e.cancelled
    ? actionButton(`${L}/${e.id}/khoi-phuc`, 'Khôi phục', m.csrfToken, `Khôi phục “${e.title}”`)
    : actionButton(`${L}/${e.id}/xoa`, m.week.status === 'published' ? 'Hoãn' : 'Xóa', m.csrfToken, `${m.week.status === 'published' ? 'Hoãn' : 'Xóa'} “${e.title}”`)}`
  return html`<tr${e.cancelled ? html` class="is-cancelled"` : ''}><td>${dayName(e.day, vietnamese)}</td><td>${timeText(e.startsAt, e.endsAt)}</td>
<td>${adjusted ? html`<strong>Điều chỉnh${adjusted.added ? ' · Bổ sung' : ''}${adjusted.cancelled ? ' · Hoãn' : ''}</strong> ` : ''}${e.title}</td><td>${e.presides}</td><td>${e.place}</td><td>${actions}</td></tr>`
}

export function entryFormView(editing: CalendarEntry | undefined, form: FormState, csrfToken: string): SafeHtml {
  const back = `${L}?tuan=${editing?.week ?? ''}`
  return adminFormView({
    trail: [{ label: 'Lịch công tác', href: editing ? back : L }], heading: editing ? 'Sửa lịch công tác' : 'Thêm lịch công tác',
    action: editing ? `${L}/${editing.id}` : L, form, csrfToken, className: 'form calendar-entry-form',
    fields: [
      inputField(form, 'day', 'Ngày', { required: true, maxlength: 20, hint: 'Ngày/tháng/năm, ví dụ 07/12/2026.' }),
      inputField(form, 'startsAt', 'Giờ bắt đầu', { required: true, maxlength: 20, hint: 'Ví dụ 08:00 hoặc 14h30.' }),
      inputField(form, 'endsAt', 'Giờ kết thúc (không bắt buộc)', { maxlength: 20 }),
      textareaField(form, 'title', 'Nội dung', 500),
      inputField(form, 'presides', 'Chủ trì', { maxlength: 200, hint: 'Họ tên và chức vụ, viết giống nhau mỗi lần: mỗi người chủ trì có lịch riêng để theo dõi (iCalendar).' }),
      textareaField(form, 'attends', 'Thành phần', 500),
      inputField(form, 'place', 'Địa điểm', { maxlength: 200 }),
      inputField(form, 'preparingUnit', 'Đơn vị chuẩn bị', { maxlength: 200 }),
      textareaField(form, 'notes', 'Ghi chú', 500),
    ],
  })
}
