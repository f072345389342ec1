import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { commentFormView, type CommentFormModel } from './comment-form.view.ts'

export type CommentAnswer =
  | { shown: 'pending' | 'approved'; articleTitle: string; articleUrl: string }
  | { problem: string }

/** What a reader without JavaScript sees after posting: no cookie, nothing cached. */
export function commentAnswerView(answer: CommentAnswer): SafeHtml {
  if ('problem' in answer) {
    return html`<div class="comment-answer"><h1>Không gửi được ý kiến</h1><p>${answer.problem}</p><p><a href="/">Về trang chủ</a></p></div>`
  }
  return html`<div class="comment-answer">
<h1>${answer.shown === 'approved' ? 'Ý kiến của bạn đã được đăng' : 'Ý kiến của bạn đang chờ kiểm duyệt'}</h1>
<p>Cảm ơn bạn đã gửi ý kiến về bài “${answer.articleTitle}”. ${answer.shown === 'approved'
    ? 'Ý kiến đã hiển thị dưới bài viết.'
    : 'Ý kiến sẽ hiển thị dưới bài viết sau khi ban biên tập duyệt.'}</p>
<p><a href="${answer.articleUrl}#y-kien">Quay lại bài viết</a></p>
</div>`
}

/** The form on a page of its own: a reply without JavaScript, or a form sent back with messages. */
export function commentFormPageView(page: { articleTitle: string; articleUrl: string; form: CommentFormModel; quoted?: string }): SafeHtml {
  return html`<div class="comment-answer">
<h1>Gửi ý kiến về bài “${page.articleTitle}”</h1>
${page.quoted ? html`<blockquote class="comment-text">${page.quoted}</blockquote>` : ''}
${commentFormView(page.form)}
<p><a href="${page.articleUrl}#y-kien">Quay lại bài viết</a></p>
</div>`
}
