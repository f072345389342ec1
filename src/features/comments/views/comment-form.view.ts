import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { commentMessages } from '../messages.ts'
import type { IssuedChallenge } from '../challenge.ts'
import { BODY_MAX, EMAIL_MAX, NAME_MAX } from '../comment.ts'

export interface CommentFormModel {
  articleId: number
  values: { name: string; email: string; body: string; replyTo: string }
  errors: Record<string, string>
  /** Shown above the fields: a rate limit, an expired form… */
  message?: string
  replyingTo?: { authorName: string; cancelUrl: string }
  challenge?: IssuedChallenge
  /** False in categories that publish without moderation. */
  moderated?: boolean
}

export const emptyCommentForm = (articleId: number): CommentFormModel => ({ articleId, values: { name: '', email: '', body: '', replyTo: '' }, errors: {} })

// What the script says as it works, in the page's words: the same on every article page of a
// language, so made once per locale rather than on every uncached page.
const scriptWords = new WeakMap<Locale, SafeHtml>()

function scriptWordsOf(locale: Locale): SafeHtml {
  let words = scriptWords.get(locale)
  if (words === undefined) {
    const t = locale.t(commentMessages)
    // Escaped for the attribute once, here.
    words = html`${JSON.stringify({
      counter: t('counter', { length: '{length}', max: '{max}' }), replyingTo: t('replyingTo'), cancelReply: t('cancelReply'),
      sending: t('sending'), solving: t('solving'), notSent: t('notSent'), offline: t('offline'),
    })}`
    scriptWords.set(locale, words)
  }
  return words
}

/** A plain POST form: it works without JavaScript; the script only submits it in place. */
export function commentFormView(form: CommentFormModel, locale: Locale): SafeHtml {
  const { values, errors } = form
  const t = locale.t(commentMessages)
  const scriptWords = scriptWordsOf(locale)
  const invalid = (key: string) => (errors[key] ? html` aria-invalid="true" aria-describedby="e-${key}"` : '')
  const error = (key: string) => (errors[key] ? html`<span class="field-error" id="e-${key}">${errors[key]}</span>` : '')
  return html`<form class="form comment-form" id="gui-y-kien" method="post" action="/y-kien/${form.articleId}" data-comment-form data-words="${scriptWords}">
<h3>${t('formHeading')}</h3>
<p class="form-message form-error" role="alert"${form.message ? '' : html` hidden`}>${form.message ?? ''}</p>
<p class="replying-to"${form.replyingTo ? '' : html` hidden`}>${form.replyingTo ? html`${t('replyingTo')} <strong>${form.replyingTo.authorName}</strong> · <a href="${form.replyingTo.cancelUrl}" data-cancel-reply>${t('cancelReply')}</a>` : ''}</p>
<input type="hidden" name="replyTo" value="${values.replyTo}">
${error('replyTo')}
<p><label for="c-name">${t('name')}</label>
<input id="c-name" name="name" type="text" maxlength="${NAME_MAX}" autocomplete="name" required value="${values.name}"${invalid('name')}>
${error('name')}</p>
<p><label for="c-email">${t('email')}</label>
<input id="c-email" name="email" type="email" maxlength="${EMAIL_MAX}" autocomplete="email" required value="${values.email}"${invalid('email')}>
${error('email')}</p>
<p><label for="c-body">${t('body')}</label>
<textarea id="c-body" name="body" rows="5" maxlength="${BODY_MAX}" required data-max="${BODY_MAX}"${invalid('body')}>${values.body}</textarea>
${error('body')}
<span class="muted" id="c-body-count" aria-live="polite">${t('bodyMax', { max: String(BODY_MAX) })}</span></p>
<p class="hp" aria-hidden="true"><label for="c-website">${t('honeypot')}</label><input id="c-website" name="website" type="text" tabindex="-1" autocomplete="off"></p>
${form.challenge ? html`<fieldset class="challenge" data-challenge data-bits="${form.challenge.bits}">
<legend>${t('challenge')}</legend>
<input type="hidden" name="challenge" value="${form.challenge.token}">
<input type="hidden" name="nonce" value="">
<label for="c-answer">${t('challengeAnswer', { question: form.challenge.question })}</label>
<input id="c-answer" name="answer" type="text" inputmode="numeric" autocomplete="off"${invalid('challenge')}>
${error('challenge')}
</fieldset>` : ''}
<p class="muted">${form.moderated === false ? t('published') : t('moderated')} ${t('writeWithDiacritics')}</p>
<p><button type="submit">${t('send')}</button></p>
<p class="comment-status" role="status" aria-live="polite"></p>
</form>`
}
