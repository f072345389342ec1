import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { commentMessages } from '../messages.ts'
import type { PublicComment } from '../comment.ts'
import { commentFormView, type CommentFormModel } from './comment-form.view.ts'
import { commentTextView } from './comment-text.view.ts'

export interface CommentsBlockModel {
  articleId: number
  articlePath: string
  /** Oldest first, as stored; the view puts replies under their comment. */
  comments: PublicComment[]
  newestFirst: boolean
  siteName: string
  form: CommentFormModel | undefined
  scriptUrl: string
}

export const NEWEST_FIRST_QUERY = 'y-kien=moi-nhat'

/** "Ý kiến bạn đọc" under an article: approved comments, official replies, and the form. */
export function commentsBlockView(block: CommentsBlockModel, locale: Locale): SafeHtml {
  const t = locale.t(commentMessages)
  const replies = new Map<number, PublicComment[]>()
  const roots: PublicComment[] = []
  for (const c of block.comments) {
    if (c.parentId !== null && block.comments.some((p) => p.id === c.parentId)) {
      const list = replies.get(c.parentId) ?? []
      list.push(c)
      replies.set(c.parentId, list)
    } else {
      roots.push(c)
    }
  }
  if (block.newestFirst) roots.reverse()
  const item = (c: PublicComment, isReply: boolean): SafeHtml => html`<li class="comment" id="y-kien-${c.id}">
<p class="comment-meta"><strong class="comment-author">${c.authorName}</strong> · <time datetime="${c.createdAt.toISOString()}">${locale.dateTime(c.createdAt)}</time></p>
${commentTextView(c.body, c.linksAllowed)}
${c.reply ? html`<div class="official-reply"><p class="comment-meta"><strong>${block.siteName}</strong> ${t('replies')}</p>${commentTextView(c.reply.text, false)}</div>` : ''}
${!isReply && (replies.get(c.id)?.length ?? 0) > 0 ? html`<ol class="comment-replies">${replies.get(c.id)!.map((r) => item(r, true))}</ol>` : ''}
${block.form ? html`<a class="reply-link" href="/y-kien/${block.articleId}?tra-loi=${c.id}#gui-y-kien" data-reply-to="${c.parentId !== null && isReply ? c.parentId : c.id}" data-reply-name="${c.authorName}">${t('reply')}</a>` : ''}
</li>`
  return html`<section class="comments" id="y-kien" aria-labelledby="y-kien-ban-doc">
<h2 class="section-title" id="y-kien-ban-doc">${block.comments.length > 0 ? t('headingCount', { count: block.comments.length }) : t('heading')}</h2>
${roots.length === 0
    ? html`<p class="muted">${t('none')}</p>`
    : html`<p class="comment-order">${t('order')} ${block.newestFirst
      ? html`<a href="${block.articlePath}#y-kien">${t('oldestFirst')}</a> · <strong aria-current="true">${t('newestFirst')}</strong>`
      : html`<strong aria-current="true">${t('oldestFirst')}</strong> · <a href="${block.articlePath}?${NEWEST_FIRST_QUERY}#y-kien" rel="nofollow">${t('newestFirst')}</a>`}</p>
<ol class="comment-list">${roots.map((c) => item(c, false))}</ol>`}
${block.form ? commentFormView(block.form, locale) : html`<p class="comments-closed">${t('closed')}</p>`}
${block.form ? html`<script src="${block.scriptUrl}" defer></script>` : ''}
</section>`
}
