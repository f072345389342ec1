import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { dayText, isOverdue, type HistoryEntry } from '../../cases/index.ts'
import { FEEDBACK_STATUSES, STATUS_LABELS, STEPS, isClosed, type FeedbackCase, type FeedbackStatus, type Step } from '../feedback.ts'
import { paragraphs } from './paragraphs.ts'

const BASE = '/toa-soan/phan-anh'
const late = (f: FeedbackCase, today: string) => isOverdue({ dueOn: f.dueOn, closed: isClosed(f.status) }, today)

export interface FeedbackQueueModel {
  status: FeedbackStatus | undefined
  overdueOnly: boolean
  counts: Partial<Record<FeedbackStatus, number>>
  overdue: number
  cases: FeedbackCase[]
  today: string
}

/** /toa-soan/phan-anh: the cases by status, the soonest due first; overdue ones marked. */
export function feedbackQueueView(m: FeedbackQueueModel): SafeHtml {
  const link = (query: string, label: string, count: number, current: boolean) =>
    html`<li>${current ? html`<strong aria-current="page">${label} (${count})</strong>` : html`<a href="${BASE}${query}">${label} (${count})</a>`}</li>`
  const total = FEEDBACK_STATUSES.reduce((sum, s) => sum + (m.counts[s] ?? 0), 0)
  return html`<h1>Phản ánh, kiến nghị</h1>
<nav aria-label="Tình trạng"><ul class="tabs">${link('', 'Tất cả', total, !m.status && !m.overdueOnly)}
${FEEDBACK_STATUSES.map((s) => link(`?trang-thai=${s}`, STATUS_LABELS[s], m.counts[s] ?? 0, m.status === s))}
${link('?qua-han=1', 'Quá hạn', m.overdue, m.overdueOnly)}</ul></nav>
${m.cases.length ? html`<table class="list-table feedback-queue">
<thead><tr><th>Mã hồ sơ</th><th>Phản ánh</th><th>Đơn vị liên quan</th><th>Tình trạng</th><th>Người xử lý</th><th>Hạn trả lời</th></tr></thead>
<tbody>${m.cases.map((f) => html`<tr${late(f, m.today) ? html` class="overdue"` : ''}><td>${f.code}</td><td><a href="${BASE}/${f.id}">${f.title}</a></td><td>${f.unit}</td>
<td>${STATUS_LABELS[f.status]}</td><td>${f.handler?.name ?? '—'}</td>
<td>${dayText(f.dueOn)}${late(f, m.today) ? html` <strong class="badge badge-danger">Quá hạn</strong>` : ''}</td></tr>`)}</tbody></table>` : html`<p>Không có phản ánh nào.</p>`}`
}

export interface FeedbackCaseModel {
  f: FeedbackCase & { contactHidden: boolean }
  history: HistoryEntry<FeedbackStatus>[]
  steps: Step[]
  today: string
  csrfToken: string
  errors: Record<string, string>
  saved?: string
}

/** One case: what happened, the sender (for those who handle it), the history and the next steps. */
export function feedbackCaseView(m: FeedbackCaseModel): SafeHtml {
  const { f } = m
  const csrf = html`<input type="hidden" name="_csrf" value="${m.csrfToken}">`
  const error = (key: string) => (m.errors[key] ? html`<span class="field-error" id="e-${key}">${m.errors[key]}</span>` : '')
  const form = (step: Step, fields: SafeHtml) => html`<form method="post" action="${BASE}/${f.id}/buoc" class="form step-form">${csrf}${fields}
<button type="submit" name="thao-tac" value="${step}">${STEPS[step].label}</button></form>`
  return html`<h1>${f.code}: ${f.title}</h1>
${m.saved ? html`<p class="notice" role="status">${m.saved}</p>` : ''}
<p><strong>Tình trạng:</strong> <span class="feedback-status">${STATUS_LABELS[f.status]}</span>${f.bodyName ? html` (${f.bodyName})` : ''}
· <strong>Hạn trả lời:</strong> ${dayText(f.dueOn)}${late(f, m.today) ? html` <strong class="badge badge-danger">Quá hạn</strong>` : ''}
· <strong>Người xử lý:</strong> ${f.handler?.name ?? 'chưa có'}</p>
<dl class="feedback-facts"><dt>Nơi xảy ra</dt><dd>${f.place}</dd><dt>Ngày xảy ra</dt><dd>${dayText(f.happenedOn)}</dd><dt>Đơn vị liên quan</dt><dd>${f.unit}</dd></dl>
<div class="feedback-body">${paragraphs(f.body)}</div>
<section class="sender" aria-labelledby="nguoi-gui"><h2 id="nguoi-gui">Người phản ánh</h2>
${f.contactHidden ? html`<p class="contact-hidden">Danh tính người phản ánh và tệp kèm theo chỉ người xử lý hồ sơ này và lãnh đạo duyệt xem được.</p>`
    : f.contactErasedAt ? html`<p>Thông tin liên hệ đã xóa khi hết thời gian lưu.</p>`
      : html`<p class="contact">${f.senderName} · ${f.email || '—'} · ${f.phone || '—'} · ${f.namedPublicly ? 'đồng ý nêu tên khi công bố' : 'không nêu tên khi công bố'}</p>
${f.attachments.length ? html`<ul class="attachments">${f.attachments.map((a, i) => html`<li><a href="${BASE}/${f.id}/tep/${a.id}">Tệp ${i + 1} (${a.kind.toUpperCase()}, ${Math.ceil(a.size / 1024)} KB)</a></li>`)}</ul>` : ''}`}
</section>
${f.resultText ? html`<h2>Kết quả xử lý</h2><div class="feedback-result">${paragraphs(f.resultText)}</div>` : ''}
<h2>Quá trình xử lý</h2>
<ol class="case-history">${m.history.map((h) => html`<li>${formatNewsroomTime(h.at)}: ${STATUS_LABELS[h.status]}${h.note ? html` — ${h.note}` : ''}</li>`)}</ol>
${m.steps.length ? html`<h2>Xử lý</h2>
${m.steps.map((s) => STEPS[s].needs === 'body' ? form(s, html`<p><label for="body-${s}">${s === 'forward' ? 'Chuyển tới cơ quan, đơn vị' : 'Cơ quan có thẩm quyền'}</label>
<input id="body-${s}" name="bodyName" type="text" maxlength="200">${error('bodyName')}</p>`)
    : STEPS[s].needs === 'result' ? form(s, html`<p><label for="result">Kết quả xử lý (được công bố, không kèm danh tính trừ khi người phản ánh đồng ý)</label>
<textarea id="result" name="result" rows="6" maxlength="5000"></textarea>${error('result')}</p>`)
      : form(s, html``))}` : ''}`
}
