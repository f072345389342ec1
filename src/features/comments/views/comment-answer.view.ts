import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { commentMessages } from '../messages.ts'
import { commentFormView, type CommentFormModel } from './comment-form.view.ts'

export type CommentAnswer =
  | { shown: 'pending' | 'approved'; articleTitle: string; articleUrl: string }
  | { problem: string }

/** What a reader without JavaScript sees after posting: no cookie, nothing cached. */
export function commentAnswerView(answer: CommentAnswer, locale: Locale): SafeHtml {
  const t = locale.t(commentMessages)
  if ('problem' in answer) {
    return html`<div class="comment-answer"><h1>${t('failedTitle')}</h1><p>${answer.problem}</p><p><a href="/">${t('backHome')}</a></p></div>`
  }
  return html`<div class="comment-answer">
<h1>${answer.shown === 'approved' ? t('approvedHeading') : t('pendingHeading')}</h1>
<p>${t('thanks', { title: answer.articleTitle })} ${answer.shown === 'approved' ? t('shownNow') : t('shownLater')}</p>
<p><a href="${answer.articleUrl}#y-kien">${t('backToArticle')}</a></p>
</div>`
}

/** The form on a page of its own: a reply without JavaScript, or a form sent back with messages. */
export function commentFormPageView(page: { articleTitle: string; articleUrl: string; form: CommentFormModel; quoted?: string }, locale: Locale): SafeHtml {
  const t = locale.t(commentMessages)
  return html`<div class="comment-answer">
<h1>${t('formPageHeading', { title: page.articleTitle })}</h1>
${page.quoted ? html`<blockquote class="comment-text">${page.quoted}</blockquote>` : ''}
${commentFormView(page.form, locale)}
<p><a href="${page.articleUrl}#y-kien">${t('backToArticle')}</a></p>
</div>`
}
