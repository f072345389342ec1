import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { STATUS_TABS, type ModeratedComment } from '../comment.ts'

export function commentEditView(c: ModeratedComment, values: { body: string; replyText: string; linksAllowed: boolean }, errors: Record<string, string>, csrfToken: string, siteName: string): SafeHtml {
  const error = (key: string) => (errors[key] ? html`<span class="field-error" id="e-${key}">${errors[key]}</span>` : '')
  return html`<h1>Ý kiến #${c.id}</h1>
<p><a href="/toa-soan/y-kien?trang-thai=${STATUS_TABS.find((t) => t.status === c.status)!.key}">← Về hàng ý kiến</a></p>
<dl class="comment-facts">
<dt>Trạng thái</dt><dd>${STATUS_TABS.find((t) => t.status === c.status)!.name}${c.spamReason ? ` · Lý do: ${c.spamReason}` : ''}</dd>
<dt>Bạn đọc</dt><dd>${c.authorName} · ${c.authorEmail}</dd>
<dt>Gửi lúc</dt><dd>${formatNewsroomTime(c.createdAt)} · địa chỉ ${c.ip}</dd>
<dt>Trình duyệt</dt><dd>${c.userAgent || '—'}</dd>
<dt>Bài viết</dt><dd>${c.articleTitle}</dd>
</dl>
<form method="post" action="/toa-soan/y-kien/${c.id}" class="form">
<input type="hidden" name="_csrf" value="${csrfToken}">
<p><label for="f-body">Nội dung (sửa lỗi chính tả)</label>
<textarea id="f-body" name="body" rows="6">${values.body}</textarea>${error('body')}</p>
<p><label><input type="checkbox" name="linksAllowed" value="1"${values.linksAllowed ? html` checked` : ''}> Cho phép liên kết trong ý kiến này bấm được</label></p>
<p><label for="f-replyText">Trả lời với danh nghĩa ${siteName}</label>
<textarea id="f-replyText" name="replyText" rows="4">${values.replyText}</textarea>${error('replyText')}
<span class="muted">Lời trả lời hiện dưới ý kiến khi ý kiến được duyệt.</span></p>
<p><button type="submit" name="thao-tac" value="luu">Lưu</button>
${c.status !== 'approved' ? html` <button type="submit" name="thao-tac" value="luu-duyet">Lưu và duyệt</button>` : ''}</p>
</form>`
}
