import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, trustedHtml, type SafeHtml } from '../../../platform/views/html.ts'
import { STATUS_LABELS, STEPS, type HistoryEntry, type InternalNote, type QuestionCase, type Step } from '../question.ts'
import { dayText, isOverdue } from './newsroom-queue.view.ts'

export interface CaseModel {
  q: QuestionCase & { contactHidden: boolean }
  history: HistoryEntry[]
  notes: InternalNote[]
  /** The steps this user may take now. */
  steps: Step[]
  mayWriteAnswer: boolean
  mayPin: boolean
  assignees: { id: number; name: string }[]
  /** The organisation's units it may also be given to: none without the structure module, and then no choice is shown. */
  units: { id: number; name: string }[]
  today: string
  csrfToken: string
  errors: Record<string, string>
  saved?: string
  /** The asker's attachments (files/newsroom-files.view.ts). */
  attachments?: SafeHtml
}

/** One case: the question, the asker (for those allowed), the history, notes, the answer and the next steps. */
export function caseView(m: CaseModel): SafeHtml {
  const { q } = m
  const base = `/toa-soan/hoi-dap/${q.id}`
  const csrf = html`<input type="hidden" name="_csrf" value="${m.csrfToken}">`
  const error = (key: string) => (m.errors[key] ? html`<span class="field-error" id="e-${key}">${m.errors[key]}</span>` : '')
  const stepButton = (s: Step) => html`<button type="submit" name="thao-tac" value="${s}"${s === 'reject' || s === 'duplicate' ? html` class="button-danger"` : ''}>${STEPS[s].label}</button>`
  const simple = m.steps.filter((s) => s !== 'assign' && s !== 'reject' && s !== 'duplicate')
  return html`<h1>${q.code}: ${q.title}</h1>
${m.saved ? html`<p class="notice" role="status">${m.saved}</p>` : ''}
<p><strong>Tình trạng:</strong> <span class="question-status">${STATUS_LABELS[q.status]}</span> · <strong>Lĩnh vực:</strong> ${q.topic.name}
· <strong>Nhận:</strong> ${formatNewsroomTime(q.receivedAt)} · <strong>Hạn trả lời:</strong> ${dayText(q.dueOn)}${isOverdue(q, m.today) ? html` <strong class="badge badge-danger">Quá hạn</strong>` : ''}
· <strong>Người xử lý:</strong> ${q.assignee?.name ?? 'chưa phân công'}${q.unit ? html` · <strong>Đơn vị xử lý:</strong> <span class="question-unit">${q.unit.name}</span>` : ''}</p>
${q.slug && q.publishedAt ? html`<p>Đã đăng: <a href="/hoi-dap/${q.slug}">/hoi-dap/${q.slug}</a>${q.isFaq ? ' (Câu hỏi thường gặp)' : ''}</p>` : ''}

<h2>Người hỏi</h2>
<dl class="asker">
<dt>Tên công bố</dt><dd>${q.publicName}</dd>
${q.contactErasedAt ? html`<dt>Liên hệ</dt><dd>Đã xóa theo thời hạn lưu (${formatNewsroomTime(q.contactErasedAt)}).</dd>`
    : q.contactHidden ? html`<dt>Liên hệ</dt><dd class="contact-hidden">Chỉ người được phân công xử lý và lãnh đạo duyệt xem được thông tin liên hệ.</dd>`
      : html`<dt>Họ và tên</dt><dd class="asker-name">${q.askerName}</dd>
<dt>Thư điện tử</dt><dd class="asker-email">${q.email || '—'}</dd><dt>Điện thoại</dt><dd class="asker-phone">${q.phone || '—'}</dd>
<dt>Địa chỉ</dt><dd>${q.address || '—'}</dd>`}
</dl>

<h2>Câu hỏi</h2>
<div class="question-text">${q.body.split('\n\n').map((p) => html`<p>${p}</p>`)}</div>
${m.attachments ?? ''}

${m.steps.length ? html`<h2>Xử lý</h2>
${m.steps.includes('assign') ? html`<form method="post" action="${base}/buoc" class="form inline-form">${csrf}
<label for="assignee">Phân công cho</label><select id="assignee" name="assignee">${m.assignees.map((u) => html`<option value="${u.id}"${q.assignee?.id === u.id ? html` selected` : ''}>${u.name}</option>`)}</select>
${m.units.length ? html`<label for="unit">Đơn vị xử lý</label><select id="unit" name="unit"><option value="">Không giao đơn vị</option>${m.units.map((u) => html`<option value="${u.id}"${q.unit?.id === u.id ? html` selected` : ''}>${u.name}</option>`)}</select>` : ''}
<button type="submit" name="thao-tac" value="assign">Phân công</button>${error('assignee')}${error('unit')}</form>` : ''}
${simple.length ? html`<form method="post" action="${base}/buoc" class="inline-form">${csrf}${simple.map(stepButton)}${error('answerHtml')}</form>` : ''}
${m.steps.includes('reject') ? html`<form method="post" action="${base}/buoc" class="form">${csrf}
<p><label for="note">Lý do (người hỏi đọc được)</label><input id="note" name="note" type="text" maxlength="2000">${error('note')}</p>
<p>${stepButton('reject')} ${stepButton('duplicate')}</p></form>` : ''}` : ''}

<h2>Trả lời</h2>
${m.mayWriteAnswer ? html`<form method="post" action="${base}/tra-loi" class="form">${csrf}
<p><label for="answerHtml">Nội dung trả lời</label>
<textarea id="answerHtml" name="answerHtml" class="body-editor" rows="14">${q.answerHtml}</textarea></p>
<p><button type="submit" class="button button-primary">Lưu trả lời</button></p></form>`
    : q.answerHtml ? html`<div class="article-body answer-preview">${trustedHtml(q.answerHtml)}</div>` : html`<p class="muted">Chưa có trả lời.</p>`}
${m.mayPin ? html`<form method="post" action="${base}/thuong-gap" class="inline-form">${csrf}
<input type="hidden" name="pinned" value="${q.isFaq ? '0' : '1'}"><button type="submit">${q.isFaq ? 'Bỏ ghim khỏi Câu hỏi thường gặp' : 'Ghim vào Câu hỏi thường gặp'}</button></form>` : ''}

<h2>Quá trình xử lý</h2>
<ol class="question-history">${m.history.map((h) => html`<li>${formatNewsroomTime(h.at)}: ${STATUS_LABELS[h.status]}${h.note ? html` — ${h.note}` : ''}</li>`)}</ol>

<h2>Ghi chú nội bộ</h2>
<p class="muted">Không gửi cho người hỏi, không công bố.</p>
${m.notes.length ? html`<ul class="question-notes">${m.notes.map((n) => html`<li><strong>${n.userName ?? 'Hệ thống'}</strong>, ${formatNewsroomTime(n.at)}: ${n.body}</li>`)}</ul>` : ''}
<form method="post" action="${base}/ghi-chu" class="form">${csrf}
<p><label for="internal-note">Thêm ghi chú</label><textarea id="internal-note" name="note" rows="3" maxlength="2000"></textarea>${error('internalNote')}</p>
<p><button type="submit">Thêm ghi chú</button></p></form>
<p><a href="/toa-soan/hoi-dap">Về danh sách hỏi đáp</a></p>`
}

export function settingsView(m: { months: number; csrfToken: string; error?: string; saved?: boolean }): SafeHtml {
  return html`<h1>Thời gian lưu thông tin liên hệ của người hỏi</h1>
${m.saved ? html`<p class="notice" role="status">Đã lưu.</p>` : ''}
<p>Hết thời gian này kể từ khi hồ sơ kết thúc (đã trả lời, từ chối, trùng), họ tên, thư điện tử, điện thoại và địa chỉ của người hỏi bị xóa mỗi ngày một lần; câu hỏi và trả lời đã công bố được giữ lại (Nghị định 13/2023/NĐ-CP).</p>
<form method="post" action="/toa-soan/hoi-dap/cai-dat" class="form"><input type="hidden" name="_csrf" value="${m.csrfToken}">
<p><label for="months">Số tháng</label><input id="months" name="months" type="number" min="1" max="120" value="${m.months}"${m.error ? html` aria-invalid="true"` : ''}>${m.error ? html`<span class="field-error" id="e-months">${m.error}</span>` : ''}</p>
<p><button type="submit" class="button button-primary">Lưu</button></p></form>`
}
