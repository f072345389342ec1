import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { AuditRecord } from '../../audit/index.ts'

export function auditLogView(records: AuditRecord[], filter: { action: string; userId: string }, nextUrl: string | undefined): SafeHtml {
  return html`<h1>Nhật ký hoạt động</h1>
<form method="get" action="/toa-soan/nhat-ky" class="filters">
<label for="hanh-dong">Hành động</label> <input id="hanh-dong" name="hanh-dong" value="${filter.action}">
<label for="nguoi-dung">Mã người dùng</label> <input id="nguoi-dung" name="nguoi-dung" inputmode="numeric" value="${filter.userId}">
<button type="submit">Lọc</button>
</form>
<table class="audit-log">
<caption class="visually-hidden">Các thay đổi, mới nhất trước</caption>
<thead><tr><th scope="col">Thời gian</th><th scope="col">Người thực hiện</th><th scope="col">Hành động</th><th scope="col">Đối tượng</th><th scope="col">Địa chỉ</th></tr></thead>
<tbody>${records.map((r) => html`<tr>
<td>${formatNewsroomTime(r.at)}</td><td>${r.userName ?? '—'}</td><td>${r.action}</td><td>${r.itemType}${r.itemId ? ` #${r.itemId}` : ''}</td><td>${r.ip}</td>
</tr>`)}</tbody>
</table>
${records.length === 0 ? html`<p>Không có mục nào.</p>` : ''}
${nextUrl ? html`<a class="more" href="${nextUrl}" rel="next">Xem tiếp</a>` : ''}`
}
