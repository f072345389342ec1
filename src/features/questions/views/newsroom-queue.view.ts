import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { dayText, isOverdue as isCaseOverdue } from '../../cases/index.ts'
import { QUESTION_STATUSES, STATUS_LABELS, isClosed, type QuestionCase, type QuestionStatus } from '../question.ts'

export { dayText }
export const isOverdue = (q: Pick<QuestionCase, 'status' | 'dueOn'>, today: string) => isCaseOverdue({ dueOn: q.dueOn, closed: isClosed(q.status) }, today)

export interface QueueModel {
  status: QuestionStatus | undefined
  overdueOnly: boolean
  counts: Partial<Record<QuestionStatus, number>>
  overdue: number
  cases: QuestionCase[]
  today: string
}

/** /toa-soan/hoi-dap: the cases by status, the soonest due first; overdue ones marked. */
export function queueView(m: QueueModel): SafeHtml {
  const tab = (href: string, label: string, count: number, current: boolean) =>
    html`<li>${current ? html`<strong aria-current="page">${label} (${count})</strong>` : html`<a href="${href}">${label} (${count})</a>`}</li>`
  return html`<h1>Hỏi đáp</h1>
<nav aria-label="Tình trạng"><ul class="tabs">
${tab('/toa-soan/hoi-dap', 'Tất cả', Object.values(m.counts).reduce((a, b) => a + (b ?? 0), 0), !m.status && !m.overdueOnly)}
${QUESTION_STATUSES.map((s) => tab(`/toa-soan/hoi-dap?trang-thai=${s}`, STATUS_LABELS[s], m.counts[s] ?? 0, m.status === s))}
${tab('/toa-soan/hoi-dap?qua-han=1', 'Quá hạn', m.overdue, m.overdueOnly)}
</ul></nav>
${m.cases.length === 0 ? html`<p>Không có câu hỏi nào.</p>` : html`<table class="list-table questions-queue">
<thead><tr><th>Mã</th><th>Câu hỏi</th><th>Lĩnh vực</th><th>Tình trạng</th><th>Người xử lý</th><th>Hạn trả lời</th></tr></thead>
<tbody>${m.cases.map((q) => html`<tr${isOverdue(q, m.today) ? html` class="overdue"` : ''}>
<td>${q.code}</td><td><a href="/toa-soan/hoi-dap/${q.id}">${q.title}</a></td><td>${q.topic.name}</td>
<td>${STATUS_LABELS[q.status]}</td><td>${q.assignee?.name ?? '—'}</td>
<td>${dayText(q.dueOn)}${isOverdue(q, m.today) ? html` <strong class="badge badge-danger">Quá hạn</strong>` : ''}</td></tr>`)}</tbody></table>`}
<p><a href="/toa-soan/hoi-dap/cai-dat">Thời gian lưu thông tin liên hệ</a></p>`
}
