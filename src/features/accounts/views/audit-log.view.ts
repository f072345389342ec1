import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { AuditSentence } from '../../../platform/audit-words.ts'
import type { AuditRecord } from '../../audit/index.ts'

/** The log as sentences ("Nguyễn Văn A đã duyệt bài «…»"); the action's code stays beside it, for the filter. */
export function auditLogView(records: AuditRecord[], sentences: readonly AuditSentence[], filter: { action: string; userId: string }, nextUrl: string | undefined): SafeHtml {
  return html`<h1>Nhật ký hoạt động</h1>
<form method="get" action="/toa-soan/nhat-ky" class="filters">
<label for="hanh-dong">Hành động</label> <input id="hanh-dong" name="hanh-dong" value="${filter.action}">
<label for="nguoi-dung">Mã người dùng</label> <input id="nguoi-dung" name="nguoi-dung" inputmode="numeric" value="${filter.userId}">
<button type="submit">Lọc</button>
</form>
<table class="audit-log">
<caption class="visually-hidden">Các thay đổi, mới nhất trước</caption>
<thead><tr><th scope="col">Thời gian</th><th scope="col">Việc đã làm</th><th scope="col">Mã hành động</th><th scope="col">Địa chỉ</th></tr></thead>
<tbody>${records.map((r, i) => html`<tr>
<td>${formatNewsroomTime(r.at)}</td><td class="audit-sentence">${auditSentenceView(r, sentences[i]!)}</td><td><code>${r.action}</code></td><td>${r.ip}</td>
</tr>`)}</tbody>
</table>
${records.length === 0 ? html`<p>Không có mục nào.</p>` : ''}
${nextUrl ? html`<a class="more" href="${nextUrl}" rel="next">Xem tiếp</a>` : ''}`
}

/** "Nguyễn Văn A đã duyệt bài «…»", the object linked when the reader may open it. */
export function auditSentenceView(r: Pick<AuditRecord, 'userId' | 'userName' | 'itemType' | 'itemId'>, words: AuditSentence, href?: string): SafeHtml {
  // No user: the portal itself (the scheduler publishing on time, a sign-in by an unknown address).
  const who = r.userName ?? (r.userId === null ? 'Hệ thống' : `Người dùng #${r.userId}`)
  // "Nguyễn Văn A đã đăng nhập", not "… đã đăng nhập «Nguyễn Văn A»".
  const self = r.itemType === 'user' && r.userId !== null && r.itemId === String(r.userId)
  const what = self ? '' : words.object !== undefined ? (href ? html` <a href="${href}">«${words.object}»</a>` : html` «${words.object}»`) : words.fallback ? html` <span class="muted">(${words.fallback})</span>` : ''
  return html`<strong>${who}</strong> đã ${words.phrase}${what}`
}
