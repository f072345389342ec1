import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { createLocale } from '../../../platform/i18n/index.ts'
import { STATUS_TABS, type CommentStatus, type ModeratedComment } from '../comment.ts'
import type { BulkAction } from '../moderation.service.ts'
import { moderationMessages } from '../moderation-messages.ts'

export interface ModerationQueueModel {
  status: CommentStatus
  counts: Record<CommentStatus, number>
  comments: ModeratedComment[]
  articleId: number | undefined
  articleTitle: string | undefined
  articleClosed: boolean
  search: string
  csrfToken: string
  /** This page's address, to come back to after a bulk action. */
  here: string
  nextUrl: string | undefined
  articleUrl: (c: ModeratedComment) => string | undefined
}

const t = createLocale('vi').t(moderationMessages)

// Approving is the queue's main step; deleting cannot be undone, so it looks it (and asks first, as every bulk action does).
const ACTION_BUTTONS: { action: BulkAction; label: 'approve' | 'reject' | 'spam' | 'delete'; kind: 'primary' | 'secondary' | 'danger'; hideOn?: CommentStatus }[] = [
  { action: 'approve', label: 'approve', kind: 'primary', hideOn: 'approved' },
  { action: 'reject', label: 'reject', kind: 'secondary', hideOn: 'rejected' },
  { action: 'spam', label: 'spam', kind: 'secondary', hideOn: 'spam' },
  { action: 'delete', label: 'delete', kind: 'danger' },
]

export function moderationQueueView(m: ModerationQueueModel): SafeHtml {
  const filterQuery = (key: string) => new URLSearchParams({ 'trang-thai': key, ...(m.articleId ? { bai: String(m.articleId) } : {}), ...(m.search ? { tim: m.search } : {}) }).toString()
  return html`<h1>Ý kiến bạn đọc</h1>
<p><a href="/toa-soan/y-kien/cai-dat">Cài đặt ý kiến: kiểm duyệt theo chuyên mục, đóng ý kiến, từ bị chặn</a></p>
<nav aria-label="Trạng thái" class="tabs-nav"><ul class="queue-tabs">${STATUS_TABS.map((t) => html`<li><a href="/toa-soan/y-kien?${filterQuery(t.key)}"${t.status === m.status ? html` aria-current="page"` : ''}>${t.name} <span class="count">(${m.counts[t.status]})</span></a></li>`)}</ul></nav>
<form method="get" action="/toa-soan/y-kien" class="filters">
<input type="hidden" name="trang-thai" value="${STATUS_TABS.find((t) => t.status === m.status)!.key}">
${m.articleId ? html`<input type="hidden" name="bai" value="${m.articleId}">` : ''}
<label for="tim">Tìm theo nội dung, tên hoặc thư điện tử</label>
<input id="tim" name="tim" type="search" value="${m.search}">
<button type="submit" class="button button-primary">Tìm</button>
</form>
${m.articleId ? html`<div class="notice"><p>Chỉ hiện ý kiến của bài “${m.articleTitle ?? `#${m.articleId}`}”. <a href="/toa-soan/y-kien?${new URLSearchParams({ 'trang-thai': STATUS_TABS.find((t) => t.status === m.status)!.key }).toString()}">Xem mọi bài</a></p>
<form method="post" action="/toa-soan/y-kien/bai/${m.articleId}/${m.articleClosed ? 'mo' : 'dong'}" class="inline-form"><input type="hidden" name="_csrf" value="${m.csrfToken}">
<button type="submit">${m.articleClosed ? 'Mở lại ý kiến cho bài này' : 'Đóng ý kiến cho bài này'}</button></form></div>` : ''}
${m.comments.length === 0 ? html`<p>Không có ý kiến nào.</p>` : html`<form method="post" action="/toa-soan/y-kien/hang-loat" class="moderation">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<input type="hidden" name="tro-lai" value="${m.here}">
<p class="bulk-actions">${t('withSelected')}
${ACTION_BUTTONS.filter((b) => b.hideOn !== m.status).map((b) => html`<button type="submit" name="thao-tac" value="${b.action}" class="button button-${b.kind}">${t(b.label)}</button> `)}</p>
<table class="audit-log queue comment-queue stacked-table">
<thead><tr><th scope="col"><span class="visually-hidden">Chọn</span></th><th scope="col">Bạn đọc</th><th scope="col">Ý kiến</th><th scope="col">Bài viết</th><th scope="col">Gửi lúc</th></tr></thead>
<tbody>${m.comments.map((c) => html`<tr id="y-kien-${c.id}">
<td><input type="checkbox" name="ids" value="${c.id}" id="chon-${c.id}" aria-label="Chọn ý kiến của ${c.authorName}"></td>
<td><strong>${c.authorName}</strong><br><small>${c.authorEmail}</small><br><small>${c.ip}</small></td>
<td><div class="comment-text">${c.body}</div>${c.spamReason ? html`<p class="muted">Lý do: ${c.spamReason}</p>` : ''}${c.replyText ? html`<p class="muted">Đã có lời trả lời của ban biên tập.</p>` : ''}
<a class="table-link" href="/toa-soan/y-kien/${c.id}">Sửa, trả lời</a></td>
<td><a href="/toa-soan/y-kien?${new URLSearchParams({ 'trang-thai': STATUS_TABS.find((t) => t.status === m.status)!.key, bai: String(c.articleId) }).toString()}">${c.articleTitle}</a>${c.articleStatus !== 'published' ? html`<br><small>(bài không còn đăng)</small>` : m.articleUrl(c) ? html`<br><a class="table-link" href="${m.articleUrl(c)!}#y-kien">Xem trên trang</a>` : ''}</td>
<td>${formatNewsroomTime(c.createdAt)}</td>
</tr>`)}</tbody>
</table>
</form>`}
${m.nextUrl ? html`<p><a class="more" href="${m.nextUrl}">Xem tiếp</a></p>` : ''}`
}
