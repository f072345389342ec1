import { createLocale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { BulkAction } from '../moderation.service.ts'
import { moderationMessages } from '../moderation-messages.ts'

const t = createLocale('vi').t(moderationMessages)

const WORDS = {
  approve: { ask: 'askApprove', act: 'doApprove', why: 'whyApprove', kind: 'primary' },
  reject: { ask: 'askReject', act: 'doReject', why: 'whyReject', kind: 'secondary' },
  spam: { ask: 'askSpam', act: 'doSpam', why: 'whySpam', kind: 'secondary' },
  delete: { ask: 'askDelete', act: 'doDelete', why: 'whyDelete', kind: 'danger' },
} as const satisfies Record<BulkAction, unknown>

export interface BulkConfirmModel {
  action: BulkAction
  comments: { id: number; authorName: string; body: string }[]
  csrfToken: string
  back: string
}

/** A bulk action says what it will do ("Duyệt 3 ý kiến?") before doing it: a page of its own, the same with or without JavaScript. */
export function bulkConfirmView(m: BulkConfirmModel): SafeHtml {
  const words = WORDS[m.action]
  const count = m.comments.length
  if (count === 0) return html`<h1>${t('confirmTitle')}</h1><p class="form-error" role="alert">${t('noneChosen')}</p><p><a class="button button-secondary" href="${m.back}">${t('back')}</a></p>`
  return html`<h1>${t(words.ask, { count })}</h1>
<p>${t(words.why)}</p>
<ul class="bulk-chosen">${m.comments.map((c) => html`<li><strong>${c.authorName}</strong>: <span class="comment-text">${c.body.length > 160 ? `${c.body.slice(0, 160)}…` : c.body}</span></li>`)}</ul>
<form method="post" action="/toa-soan/y-kien/hang-loat" class="confirm-actions">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<input type="hidden" name="tro-lai" value="${m.back}">
<input type="hidden" name="xac-nhan" value="1">
${m.comments.map((c) => html`<input type="hidden" name="ids" value="${c.id}">`)}
<button type="submit" name="thao-tac" value="${m.action}" class="button button-${words.kind}">${t(words.act, { count })}</button>
<a class="button button-secondary" href="${m.back}">${t('back')}</a>
</form>`
}
