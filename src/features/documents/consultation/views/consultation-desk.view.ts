import { html, type SafeHtml } from '../../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../../platform/text/time.ts'
import { CONSULTATION_TABS, windowState, type Clause, type ConsultationComment, type ConsultationCommentStatus, type WindowState } from '../consultation.ts'
import type { ConsultedDocument } from '../consultation.repository.ts'

// The newsroom's screens of a draft's consultation, in Vietnamese (the newsroom has no other language).

const STATE_NAMES: Record<WindowState, string> = { upcoming: 'Chưa đến thời gian lấy ý kiến', open: 'Đang lấy ý kiến', closed: 'Đã hết thời gian lấy ý kiến' }
const dayText = (day: string) => day.split('-').reverse().join('/')

export interface DeskModel {
  document: ConsultedDocument
  today: string
  clauses: Clause[]
  counts: Record<ConsultationCommentStatus, number>
  csrfToken: string
  errors: Record<string, string>
  values: { opensOn: string; closesOn: string; label: string; reportHtml: string }
  saved?: string
}

/** One draft: its window, the clauses a comment may concern, the exports and the report. */
export function consultationDeskView(m: DeskModel): SafeHtml {
  const d = m.document
  const base = `/toa-soan/van-ban/${d.id}/lay-y-kien`
  const csrf = html`<input type="hidden" name="_csrf" value="${m.csrfToken}">`
  const error = (key: string) => (m.errors[key] ? html`<span class="field-error" id="e-${key}">${m.errors[key]}</span>` : '')
  const invalid = (key: string) => (m.errors[key] ? html` aria-invalid="true" aria-describedby="e-${key}"` : '')
  return html`<h1>Lấy ý kiến dự thảo: ${d.number} ${d.title || d.summary}</h1>
${m.saved ? html`<p class="notice" role="status">${m.saved}</p>` : ''}
<p>${d.window ? html`${STATE_NAMES[windowState(d.window, m.today)]}: từ ${dayText(d.window.opensOn)} đến ${dayText(d.window.closesOn)}.` : 'Văn bản này chưa lấy ý kiến.'}
${d.status === 'published' ? html` <a href="/van-ban/${d.slug}/gop-y">Xem trên cổng</a>` : html` (Văn bản chưa đăng: bạn đọc chưa thấy.)`}</p>
<p><a href="/toa-soan/van-ban/gop-y?van-ban=${d.id}">Duyệt ý kiến (${m.counts.pending} chờ duyệt)</a> ·
<a href="${base}/gop-y.xlsx">Tải ý kiến đã nhận (Excel)</a> · <a href="${base}/gop-y.csv">Tải ý kiến đã nhận (CSV)</a></p>

<h2>Thời gian lấy ý kiến</h2>
<form method="post" action="${base}/thoi-gian" class="form">${csrf}
<p><label for="opensOn">Từ ngày</label><input id="opensOn" name="opensOn" type="date" value="${m.values.opensOn}"${invalid('opensOn')}>${error('opensOn')}</p>
<p><label for="closesOn">Đến hết ngày</label><input id="closesOn" name="closesOn" type="date" value="${m.values.closesOn}"${invalid('closesOn')}>${error('closesOn')}</p>
<p class="muted">Theo giờ Việt Nam. Để trống cả hai ngày nếu văn bản không lấy ý kiến. Hết ngày cuối, biểu mẫu trên cổng tự đóng.</p>
<p><button type="submit" class="button button-primary">Lưu thời gian</button></p>
</form>

<h2>Điều, khoản được góp ý</h2>
${m.clauses.length === 0 ? html`<p>Chưa có điều, khoản nào: bạn đọc chỉ góp ý chung.</p>` : html`<ol class="clause-list">${m.clauses.map((c, i) => html`<li>
<form method="post" action="${base}/dieu-khoan/${c.id}" class="inline-form">${csrf}
<label for="dk-${c.id}" class="visually-hidden">Tên điều, khoản</label><input id="dk-${c.id}" name="label" type="text" value="${c.label}" maxlength="200">
<button type="submit" name="thao-tac" value="luu">Lưu</button>
${i > 0 ? html`<button type="submit" name="thao-tac" value="len">Lên</button>` : ''}
${i < m.clauses.length - 1 ? html`<button type="submit" name="thao-tac" value="xuong">Xuống</button>` : ''}
<button type="submit" name="thao-tac" value="xoa" class="button-danger">Xóa</button>
</form></li>`)}</ol>`}
<form method="post" action="${base}/dieu-khoan" class="form">${csrf}
<p><label for="label">Thêm điều, khoản</label><input id="label" name="label" type="text" maxlength="200" placeholder="Điều 3. Phạm vi điều chỉnh" value="${m.values.label}"${invalid('label')}>${error('label')}</p>
<p><button type="submit">Thêm</button></p>
</form>

<h2>Báo cáo tiếp thu, giải trình</h2>
<form method="post" action="${base}/bao-cao" class="form">${csrf}
<p><label for="reportHtml">Nội dung (HTML; đăng trên trang dự thảo khi hết thời gian lấy ý kiến)</label>
<textarea id="reportHtml" name="reportHtml" rows="14">${m.values.reportHtml}</textarea></p>
<p><button type="submit" class="button button-primary">Lưu báo cáo</button></p>
</form>`
}

export interface QueueModel {
  status: ConsultationCommentStatus
  counts: Record<ConsultationCommentStatus, number>
  comments: ConsultationComment[]
  document: ConsultedDocument | undefined
  documents: (ConsultedDocument & { pending: number })[]
  today: string
  csrfToken: string
  here: string
}

/** The queue of consultation comments, with the readers' comments queue's look. */
export function consultationQueueView(m: QueueModel): SafeHtml {
  const query = (key: string) => new URLSearchParams({ 'trang-thai': key, ...(m.document ? { 'van-ban': String(m.document.id) } : {}) }).toString()
  const titleOf = (id: number) => { const d = m.documents.find((x) => x.id === id); return d ? `${d.number} ${d.title || d.summary}` : `#${id}` }
  return html`<h1>Góp ý dự thảo</h1>
${findForm('')}
<table class="audit-log stacked-table">
<thead><tr><th scope="col">Dự thảo</th><th scope="col">Lấy ý kiến</th><th scope="col">Chờ duyệt</th></tr></thead>
<tbody>${m.documents.map((d) => html`<tr><td><a href="/toa-soan/van-ban/${d.id}/lay-y-kien">${d.number} ${d.title || d.summary}</a></td>
<td>${d.window ? html`${dayText(d.window.opensOn)} – ${dayText(d.window.closesOn)} (${STATE_NAMES[windowState(d.window, m.today)]})` : ''}</td>
<td><a href="/toa-soan/van-ban/gop-y?van-ban=${d.id}">${d.pending}</a></td></tr>`)}</tbody>
</table>
<nav aria-label="Trạng thái" class="tabs-nav"><ul class="queue-tabs">${CONSULTATION_TABS.map((t) => html`<li><a href="/toa-soan/van-ban/gop-y?${query(t.key)}"${t.status === m.status ? html` aria-current="page"` : ''}>${t.name} <span class="count">(${m.counts[t.status]})</span></a></li>`)}</ul></nav>
${m.document ? html`<div class="notice"><p>Chỉ hiện ý kiến về dự thảo “${m.document.number} ${m.document.title || m.document.summary}”. <a href="/toa-soan/van-ban/gop-y?${new URLSearchParams({ 'trang-thai': CONSULTATION_TABS.find((t) => t.status === m.status)!.key }).toString()}">Xem mọi dự thảo</a></p></div>` : ''}
${m.comments.length === 0 ? html`<p>Không có ý kiến nào.</p>` : html`<form method="post" action="/toa-soan/van-ban/gop-y/hang-loat" class="moderation">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<input type="hidden" name="tro-lai" value="${m.here}">
<p class="bulk-actions">Với các ý kiến đã chọn:
${m.status !== 'approved' ? html`<button type="submit" name="thao-tac" value="approve" class="button button-primary">Duyệt</button> ` : ''}
${m.status !== 'rejected' ? html`<button type="submit" name="thao-tac" value="reject" class="button button-secondary">Từ chối</button> ` : ''}
${m.status !== 'spam' ? html`<button type="submit" name="thao-tac" value="spam" class="button button-secondary">Đánh dấu rác</button>` : ''}</p>
<table class="audit-log queue comment-queue stacked-table">
<thead><tr><th scope="col"><span class="visually-hidden">Chọn</span></th><th scope="col">Người góp ý</th><th scope="col">Góp ý</th><th scope="col">Dự thảo</th><th scope="col">Gửi lúc</th></tr></thead>
<tbody>${m.comments.map((c) => html`<tr id="gop-y-${c.id}">
<td><input type="checkbox" name="ids" value="${c.id}" id="chon-${c.id}" aria-label="Chọn ý kiến của ${c.authorName}"></td>
<td><strong>${c.authorName}</strong><br><small>${c.authorEmail}</small>${c.organisation ? html`<br><small>${c.organisation}</small>` : ''}</td>
<td><p class="muted">${c.clauseLabel ?? 'Góp ý chung'}</p><div class="comment-text">${c.body}</div></td>
<td><a href="/toa-soan/van-ban/gop-y?${new URLSearchParams({ 'trang-thai': CONSULTATION_TABS.find((t) => t.status === m.status)!.key, 'van-ban': String(c.documentId) }).toString()}">${titleOf(c.documentId)}</a></td>
<td>${formatNewsroomTime(c.createdAt)}</td>
</tr>`)}</tbody>
</table>
</form>`}`
}

function findForm(typed: string): SafeHtml {
  return html`<form method="get" action="/toa-soan/van-ban/gop-y/mo" class="filters">
<label for="so">Mở lấy ý kiến cho văn bản số</label>
<input id="so" name="so" type="search" placeholder="15/2026/QĐ-UBND" value="${typed}">
<button type="submit" class="button button-primary">Mở</button>
</form>`
}

/** Several documents (or none) have the number typed: the clerk picks one. */
export function documentChoiceView(typed: string, found: readonly ConsultedDocument[]): SafeHtml {
  return html`<h1>Mở lấy ý kiến dự thảo</h1>
${findForm(typed)}
${found.length === 0 ? html`<p>Không tìm thấy văn bản nào có số “${typed}”.</p>` : html`<ul>${found.map((d) => html`<li><a href="/toa-soan/van-ban/${d.id}/lay-y-kien">${d.number} ${d.title || d.summary}</a></li>`)}</ul>`}
<p><a href="/toa-soan/van-ban/gop-y">Quay lại góp ý dự thảo</a></p>`
}
