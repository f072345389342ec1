import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { IssuedChallenge } from '../../comments/index.ts'
import { questionMessages } from '../messages.ts'
import type { AskFormValues } from '../question-form.ts'
import { ADDRESS_MAX, BODY_MAX, EMAIL_MAX, NAME_MAX, TITLE_MAX, type QuestionTopic } from '../question.ts'
import type { QuestionPaths } from '../question-paths.ts'
import { QUESTION_FILE_MAX_BYTES } from '../files/question-file.ts'

export interface AskFormModel {
  paths: QuestionPaths
  values: AskFormValues
  errors: Record<string, string>
  topics: QuestionTopic[]
  retentionMonths: number
  message?: string
  challenge?: IssuedChallenge
}

/** A plain POST form with no cookie (multipart, for the attachment): it works without JavaScript. */
export function askFormView(m: AskFormModel, locale: Locale): SafeHtml {
  const t = locale.t(questionMessages)
  const { values, errors } = m
  const invalid = (key: string) => (errors[key] ? html` aria-invalid="true" aria-describedby="hd-e-${key}"` : '')
  const error = (key: string) => (errors[key] ? html`<span class="field-error" id="hd-e-${key}">${errors[key]}</span>` : '')
  const nameChoice = (value: string, label: string) => html`<label><input type="radio" name="publicName" value="${value}"${values.publicName === value ? html` checked` : ''}> ${label}</label>`
  return html`<div class="questions-page"><h1>${t('formHeading')}</h1>
<form class="form question-form" id="dat-cau-hoi" method="post" action="${m.paths.ask}" enctype="multipart/form-data">
<p class="form-message form-error" role="alert"${m.message ? '' : html` hidden`}>${m.message ?? ''}</p>
<p><label for="hd-name">${t('name')}</label>
<input id="hd-name" name="name" type="text" maxlength="${NAME_MAX}" autocomplete="name" required value="${values.name}"${invalid('name')}>${error('name')}</p>
<p class="muted">${t('contactHint')}</p>
<p><label for="hd-email">${t('email')}</label>
<input id="hd-email" name="email" type="email" maxlength="${EMAIL_MAX}" autocomplete="email" value="${values.email}"${invalid('email')}>${error('email')}</p>
<p><label for="hd-phone">${t('phone')}</label>
<input id="hd-phone" name="phone" type="tel" maxlength="20" autocomplete="tel" value="${values.phone}"${invalid('phone')}>${error('phone')}</p>
<p><label for="hd-address">${t('address')}</label>
<input id="hd-address" name="address" type="text" maxlength="${ADDRESS_MAX}" autocomplete="street-address" value="${values.address}"${invalid('address')}>${error('address')}</p>
<fieldset><legend>${t('publicName')}</legend>${nameChoice('full', t('nameFull'))} ${nameChoice('initials', t('nameInitials'))} ${nameChoice('anonymous', t('nameHidden'))}</fieldset>
<p><label for="hd-topic">${t('topic')}</label>
<select id="hd-topic" name="topic" required${invalid('topic')}><option value="">—</option>
${m.topics.map((x) => html`<option value="${x.id}"${values.topic === String(x.id) ? html` selected` : ''}>${x.name}</option>`)}
</select>${error('topic')}</p>
<p><label for="hd-title">${t('title')}</label>
<input id="hd-title" name="title" type="text" maxlength="${TITLE_MAX}" required value="${values.title}"${invalid('title')}>${error('title')}</p>
<p><label for="hd-body">${t('body')}</label>
<textarea id="hd-body" name="body" rows="8" maxlength="${BODY_MAX}" required${invalid('body')}>${values.body}</textarea>${error('body')}
<span class="muted">${t('bodyMax', { max: locale.number(BODY_MAX) })}</span></p>
<p><label for="hd-attachment">${t('attachment')}</label>
<input id="hd-attachment" name="attachment" type="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.jpg,.jpeg,.png" aria-describedby="hd-attachment-hint${errors.attachment ? ' hd-e-attachment' : ''}"${errors.attachment ? html` aria-invalid="true"` : ''}>${error('attachment')}
<span class="muted" id="hd-attachment-hint">${t('attachmentHint', { max: locale.number(QUESTION_FILE_MAX_BYTES / (1024 * 1024)) })}${Object.keys(errors).length ? html` ${t('attachmentAgain')}` : ''}</span></p>
<fieldset class="privacy-notice"><legend>${t('privacyHeading')}</legend>
<p>${t('privacyWhat')}</p><p>${t('privacyWhy')}</p><p>${t('privacyHowLong', { months: m.retentionMonths })}</p>
<p><label><input type="checkbox" name="consent" value="1" required${values.consent === '1' ? html` checked` : ''}${invalid('consent')}> ${t('consent')}</label>${error('consent')}</p>
</fieldset>
<p class="hp" aria-hidden="true"><label for="hd-website">${t('honeypot')}</label><input id="hd-website" name="website" type="text" tabindex="-1" autocomplete="off"></p>
${m.challenge ? html`<fieldset class="challenge"><legend>${t('challenge')}</legend>
<input type="hidden" name="challenge" value="${m.challenge.token}">
<label for="hd-answer">${t('challengeAnswer', { question: m.challenge.question })}</label>
<input id="hd-answer" name="answer" type="text" inputmode="numeric" autocomplete="off"${invalid('challenge')}>${error('challenge')}
</fieldset>` : ''}
<p><button type="submit">${t('send')}</button></p>
</form></div>`
}

export type AskAnswer = { paths: QuestionPaths } & (
  | { received: true; code: string; title: string; email: string; dueOn: Date }
  | { problem: string })

/** What the citizen sees after sending: the code, never cached. */
export function askAnswerView(a: AskAnswer, locale: Locale): SafeHtml {
  const t = locale.t(questionMessages)
  if ('problem' in a) return html`<div class="comment-answer"><h1>${t('failedTitle')}</h1><p>${a.problem}</p><p><a href="${a.paths.list}">${t('backToList')}</a></p></div>`
  return html`<div class="comment-answer question-received">
<h1>${t('receivedTitle')}</h1>
<p>${t('receivedText', { title: a.title })}</p>
<p>${t('codeIs')} <strong class="tracking-code">${a.code}</strong></p>
<p>${t('codeKeep')}</p>
${a.email ? html`<p>${t('codeMailed', { email: a.email })}</p>` : ''}
<p>${t('dueText', { date: locale.date(a.dueOn) })}</p>
<p><a href="${a.paths.track}">${t('track')}</a> · <a href="${a.paths.list}">${t('backToList')}</a></p>
</div>`
}
