import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { antiSpamFields, dueDate, receivedView } from '../../cases/index.ts'
import type { IssuedChallenge } from '../../comments/index.ts'
import type { FeedbackFormValues } from '../feedback-form.ts'
import { ATTACHMENT_BYTES_MAX, ATTACHMENTS_MAX, BODY_MAX, EMAIL_MAX, NAME_MAX, PLACE_MAX, RETENTION_MONTHS, TITLE_MAX, UNIT_MAX } from '../feedback.ts'
import { feedbackMessages } from '../messages.ts'

export interface FeedbackFormModel {
  values: FeedbackFormValues
  errors: Record<string, string>
  today: string
  message?: string
  challenge?: IssuedChallenge
}

/** A plain multipart POST form with no cookie: it works without JavaScript, photos included. */
export function feedbackFormView(m: FeedbackFormModel, locale: Locale): SafeHtml {
  const t = locale.t(feedbackMessages)
  const { values, errors } = m
  const invalid = (key: string) => (errors[key] ? html` aria-invalid="true" aria-describedby="pa-e-${key}"` : '')
  const error = (key: string) => (errors[key] ? html`<span class="field-error" id="pa-e-${key}">${errors[key]}</span>` : '')
  const text = (key: keyof FeedbackFormValues, label: string, max: number, extra = html``) => html`<p><label for="pa-${key}">${label}</label>
<input id="pa-${key}" name="${key}" type="text" maxlength="${max}" value="${values[key]}"${extra}${invalid(key)}>${error(key)}</p>`
  return html`<div class="questions-page feedback-page"><h1>${t('formHeading')}</h1>
<form class="form feedback-form" id="gui-phan-anh" method="post" action="/phan-anh/gui" enctype="multipart/form-data">
<p class="form-message form-error" role="alert"${m.message ? '' : html` hidden`}>${m.message ?? ''}</p>
${text('name', t('name'), NAME_MAX, html` autocomplete="name" required`)}
<p class="muted">${t('contactHint')}</p>
<p><label for="pa-email">${t('email')}</label>
<input id="pa-email" name="email" type="email" maxlength="${EMAIL_MAX}" autocomplete="email" value="${values.email}"${invalid('email')}>${error('email')}</p>
<p><label for="pa-phone">${t('phone')}</label>
<input id="pa-phone" name="phone" type="tel" maxlength="20" autocomplete="tel" value="${values.phone}"${invalid('phone')}>${error('phone')}</p>
${text('title', t('title'), TITLE_MAX, html` required`)}
${text('place', t('place'), PLACE_MAX, html` required`)}
<p><label for="pa-happenedOn">${t('happenedOn')}</label>
<input id="pa-happenedOn" name="happenedOn" type="date" max="${m.today}" required value="${values.happenedOn}"${invalid('happenedOn')}>${error('happenedOn')}</p>
${text('unit', t('unit'), UNIT_MAX, html` required`)}
<p><label for="pa-body">${t('body')}</label>
<textarea id="pa-body" name="body" rows="8" maxlength="${BODY_MAX}" required${invalid('body')}>${values.body}</textarea>${error('body')}</p>
<p><label for="pa-attachments">${t('attachments')}</label>
<input id="pa-attachments" name="attachments" type="file" multiple accept="image/jpeg,image/png,application/pdf"${invalid('attachments')}>${error('attachments')}
<span class="muted">${t('attachmentsHint', { count: ATTACHMENTS_MAX, mb: ATTACHMENT_BYTES_MAX / 1024 / 1024 })}</span></p>
<fieldset class="privacy-notice"><legend>${t('privacyHeading')}</legend>
<p>${t('privacyWhat')}</p><p>${t('privacyWhy')}</p><p>${t('privacyHowLong', { months: RETENTION_MONTHS })}</p>
<p><label><input type="checkbox" name="namedPublicly" value="1"${values.namedPublicly === '1' ? html` checked` : ''}> ${t('namedPublicly')}</label></p>
<p><label><input type="checkbox" name="consent" value="1" required${values.consent === '1' ? html` checked` : ''}${invalid('consent')}> ${t('consent')}</label>${error('consent')}</p>
</fieldset>
${antiSpamFields('pa', { honeypot: t('honeypot'), challenge: t('challenge'), challengeAnswer: m.challenge ? t('challengeAnswer', { question: m.challenge.question }) : '' }, m.challenge, errors.challenge)}
<p><button type="submit">${t('send')}</button></p>
</form></div>`
}

export type SendAnswer =
  | { received: true; code: string; title: string; email: string; dueOn: string }
  | { problem: string }

/** What the citizen sees after sending: the code, never cached. */
export function sendAnswerView(a: SendAnswer, locale: Locale): SafeHtml {
  const t = locale.t(feedbackMessages)
  if ('problem' in a) return html`<div class="comment-answer"><h1>${t('failedTitle')}</h1><p>${a.problem}</p><p><a href="/phan-anh">${t('backToList')}</a></p></div>`
  return receivedView('feedback-received', {
    heading: t('receivedTitle'), text: t('receivedText', { title: a.title }), codeIs: t('codeIs'), codeKeep: t('codeKeep'),
    codeMailed: a.email ? t('codeMailed', { email: a.email }) : '', due: t('dueText', { date: dueDate(locale, a.dueOn) }), track: t('track'),
    back: { href: '/phan-anh', label: t('backToList') },
  }, a)
}
