import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { QueueItem } from '../editorial.repository.ts'
import type { Notification } from '../notification.repository.ts'
import { STATUS_LABELS } from '../workflow.ts'
import { pendingChangeBadge } from './pending-change.view.ts'

export interface QueueTab {
  key: string
  name: string
  count: number
}

export function queuesView(tabs: QueueTab[], current: string, items: QueueItem[], categoryName: (id: number) => string, notifications: Notification[], canWrite: boolean): SafeHtml {
  return html`<h1>Bài viết</h1>
${canWrite ? html`<p><a class="more" href="/toa-soan/bai-viet/moi">Viết bài mới</a></p>` : ''}
<nav aria-label="Hàng đợi"><ul class="queue-tabs">${tabs.map((t) => html`<li><a href="/toa-soan/bai-viet?hang=${t.key}"${t.key === current ? html` aria-current="page"` : ''}>${t.name} <span class="count">(${t.count})</span></a></li>`)}</ul></nav>
${items.length === 0 ? html`<p>Không có bài nào.</p>` : html`<table class="audit-log queue">
<thead><tr><th scope="col">Tiêu đề</th><th scope="col">Chuyên mục</th><th scope="col">Trạng thái</th><th scope="col">Người viết</th><th scope="col">Cập nhật</th></tr></thead>
<tbody>${items.map((a) => html`<tr><td><a href="/toa-soan/bai-viet/${a.id}">${a.title}</a>${a.hasPendingChange ? html` ${pendingChangeBadge}` : ''}</td><td>${categoryName(a.categoryId)}</td><td>${STATUS_LABELS[a.status]}${a.status === 'scheduled' && a.publishedAt ? html`<br><small>${formatNewsroomTime(a.publishedAt)}</small>` : ''}</td><td>${a.authorName ?? '—'}</td><td>${formatNewsroomTime(a.updatedAt)}</td></tr>`)}</tbody>
</table>`}
${notifications.length > 0 ? html`<section aria-labelledby="thong-bao"><h2 id="thong-bao">Thông báo</h2><ul>${notifications.map((n) => html`<li>${formatNewsroomTime(n.createdAt)} · <a href="${n.link}">${n.message}</a></li>`)}</ul></section>` : ''}`
}
