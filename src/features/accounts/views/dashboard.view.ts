import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { createLocale } from '../../../platform/i18n/index.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { AuditSentence } from '../../../platform/audit-words.ts'
import { roleName } from '../role.ts'
import type { AccountNotice } from '../account-notice.repository.ts'
import type { DashboardActivity, DashboardCount, NavEntry, NewsroomAlert } from '../../../platform/module.ts'
import type { NewsroomUser } from '../user.ts'
import { dashboardMessages } from '../dashboard-messages.ts'
import { auditSentenceView } from './audit-log.view.ts'

const t = createLocale('vi').t(dashboardMessages)

/** The modules' links, alerts, counts and activity, already narrowed to what this user may see. */
export interface DashboardParts {
  nav: readonly NavEntry[]
  alerts: readonly NewsroomAlert[]
  counts?: readonly DashboardCount[]
  activity?: readonly { entry: DashboardActivity; words: AuditSentence }[]
  /** Whether the user may read the whole audit log. */
  wholeLog?: boolean
}

export function dashboardView(user: NewsroomUser, csrfToken: string, session: { createdAt: Date; expiresAt: Date }, notices: AccountNotice[] = [], parts: DashboardParts = { nav: [], alerts: [] }): SafeHtml {
  const counts = [...(parts.counts ?? [])].sort((a, b) => Number(b.urgent === true && b.count > 0) - Number(a.urgent === true && a.count > 0))
  return html`<h1>Bàn làm việc</h1>
<p>Xin chào ${user.name}. Vai trò: ${roleName(user.role)}${user.categoryIds.length > 0 ? ` (giới hạn ở ${user.categoryIds.length} chuyên mục)` : ''}.</p>
${notices.length > 0 ? html`<section aria-labelledby="thong-bao" class="notices"><h2 id="thong-bao">Thông báo mới</h2><ul>${notices.map((n) => html`<li>${formatNewsroomTime(n.createdAt)} · ${n.link ? html`<a href="${n.link}">${n.message}</a>` : n.message}</li>`)}</ul></section>` : ''}
${parts.alerts.length > 0 ? html`<section aria-labelledby="can-xu-ly" class="notices"><h2 id="can-xu-ly">Cần xử lý</h2><ul>${parts.alerts.map((a) => html`<li>${a.href ? html`<a href="${a.href}">${a.message}</a>` : a.message}</li>`)}</ul></section>` : ''}
${counts.length > 0 ? html`<section aria-labelledby="viec-can-lam"><h2 id="viec-can-lam">${t('work')}</h2>
<ul class="dashboard-counts">${counts.map((c) => html`<li${c.urgent && c.count > 0 ? html` class="urgent"` : ''}><a href="${c.href}"><span class="dashboard-count">${c.count}</span> <span class="dashboard-count-label">${c.label}</span></a></li>`)}</ul>
${counts.every((c) => !c.urgent || c.count === 0) ? html`<p class="muted">${t('nothingWaiting')}</p>` : ''}
</section>` : ''}
${parts.activity ? html`<section aria-labelledby="hoat-dong"><h2 id="hoat-dong">${t('activity')}</h2>
${parts.activity.length === 0 ? html`<p class="muted">${t('noActivity')}</p>` : html`<ol class="activity">${parts.activity.map(({ entry, words }) => html`<li><time datetime="${entry.at.toISOString()}">${formatNewsroomTime(entry.at)}</time> · ${auditSentenceView(entry, words, entry.href)}</li>`)}</ol>`}
${parts.wholeLog ? html`<p><a href="/toa-soan/nhat-ky">${t('wholeLog')}</a></p>` : ''}
</section>` : ''}
<section aria-labelledby="loi-tat"><h2 id="loi-tat">${t('shortcuts')}</h2>
<ul class="quick-links">
${parts.nav.map((entry) => html`<li><a href="${entry.href}">${entry.label}</a></li>`)}
<li><a href="/toa-soan/mat-khau">Đổi mật khẩu</a></li>
<li><a href="/toa-soan/xac-thuc-hai-buoc">Xác thực hai bước</a></li>
<li><a href="/toa-soan/tai-khoan">Nhận thư điện tử</a></li>
</ul></section>
<h2>Phiên đăng nhập</h2>
<p>Đăng nhập lúc ${formatNewsroomTime(session.createdAt)}; phiên hết hạn lúc ${formatNewsroomTime(session.expiresAt)} nếu không sử dụng.</p>
<form method="post" action="/toa-soan/dang-xuat-moi-noi">
<input type="hidden" name="_csrf" value="${csrfToken}">
<button type="submit">Đăng xuất khỏi mọi thiết bị</button>
</form>`
}
