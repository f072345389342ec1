import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { ROLE_NAMES } from '../role.ts'
import type { AccountNotice } from '../account-notice.repository.ts'
import type { NavEntry, NewsroomAlert } from '../../../platform/module.ts'
import type { NewsroomUser } from '../user.ts'

/** The modules' links and alerts, already narrowed to what this user may see. */
export interface DashboardParts {
  nav: readonly NavEntry[]
  alerts: readonly NewsroomAlert[]
}

export function dashboardView(user: NewsroomUser, csrfToken: string, session: { createdAt: Date; expiresAt: Date }, notices: AccountNotice[] = [], parts: DashboardParts = { nav: [], alerts: [] }): SafeHtml {
  return html`<h1>Bàn làm việc</h1>
<p>Xin chào ${user.name}. Vai trò: ${ROLE_NAMES[user.role]}${user.categoryIds.length > 0 ? ` (giới hạn ở ${user.categoryIds.length} chuyên mục)` : ''}.</p>
${notices.length > 0 ? html`<section aria-labelledby="thong-bao" class="notices"><h2 id="thong-bao">Thông báo mới</h2><ul>${notices.map((n) => html`<li>${formatNewsroomTime(n.createdAt)} · ${n.link ? html`<a href="${n.link}">${n.message}</a>` : n.message}</li>`)}</ul></section>` : ''}
${parts.alerts.length > 0 ? html`<section aria-labelledby="can-xu-ly" class="notices"><h2 id="can-xu-ly">Cần xử lý</h2><ul>${parts.alerts.map((a) => html`<li>${a.href ? html`<a href="${a.href}">${a.message}</a>` : a.message}</li>`)}</ul></section>` : ''}
<ul>
${parts.nav.map((entry) => html`<li><a href="${entry.href}">${entry.label}</a></li>`)}
<li><a href="/toa-soan/mat-khau">Đổi mật khẩu</a></li>
<li><a href="/toa-soan/xac-thuc-hai-buoc">Xác thực hai bước</a></li>
</ul>
<h2>Phiên đăng nhập</h2>
<p>Đăng nhập lúc ${formatNewsroomTime(session.createdAt)}; phiên hết hạn lúc ${formatNewsroomTime(session.expiresAt)} nếu không sử dụng.</p>
<form method="post" action="/toa-soan/dang-xuat-moi-noi">
<input type="hidden" name="_csrf" value="${csrfToken}">
<button type="submit">Đăng xuất khỏi mọi thiết bị</button>
</form>`
}
