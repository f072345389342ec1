import type { Lang, Locale } from '../../../../platform/i18n/index.ts'
import { html, trustedHtml, type SafeHtml } from '../../../../platform/views/html.ts'
import type { IssuedChallenge } from '../../../comments/index.ts'
import { BODY_MAX, EMAIL_MAX, NAME_MAX, ORGANISATION_MAX, dayInstant, type Clause, type ConsultationWindow, type PublicConsultationComment, type WindowState } from '../consultation.ts'
import { emptyValues, GENERAL, type ConsultationFormValues } from '../consultation-form.ts'
import { consultationMessages } from '../messages.ts'

export interface ConsultationFormModel {
  values: ConsultationFormValues
  errors: Record<string, string>
  /** Shown above the fields: a rate limit… */
  message?: string
  challenge?: IssuedChallenge
}

export interface ConsultationSectionModel {
  /** `reportHtml` was sanitised when saved; it is shown once the window has closed. */
  document: { slug: string; reportHtml: string }
  window: ConsultationWindow
  state: WindowState
  clauses: Clause[]
  comments: PublicConsultationComment[]
  form?: ConsultationFormModel | undefined
}

/** The consultation's page of its own, where its form posts: /van-ban/<slug>/gop-y, and /en/documents/<slug>/comments in English. */
export const consultationAction = (slug: string, lang: Lang = 'vi') => (lang === 'en' ? `/en/documents/${slug}/comments` : `/van-ban/${slug}/gop-y`)

/** "Lấy ý kiến dự thảo": the window, the form while open, the approved comments, the report once closed. */
export function consultationSection(m: ConsultationSectionModel, locale: Locale): SafeHtml {
  const t = locale.t(consultationMessages)
  const report = m.document.reportHtml.trim()
  return html`<section class="consultation" id="gop-y" aria-labelledby="gop-y-tieu-de">
<h2 id="gop-y-tieu-de">${t('heading')}</h2>
<p class="consultation-window">${t('window', { opens: locale.date(dayInstant(m.window.opensOn)), closes: locale.date(dayInstant(m.window.closesOn)) })}</p>
${m.state === 'upcoming' ? html`<p class="notice">${t('upcoming')}</p>` : ''}
${m.state === 'closed' ? html`<p class="notice">${t('closed')}</p>` : ''}
${m.state === 'closed' && report ? html`<div class="consultation-report"><h3>${t('reportHeading')}</h3><div class="article-body">${trustedHtml(report)}</div></div>` : ''}
${m.state === 'open' ? consultationForm(m.document.slug, m.clauses, m.form ?? { values: emptyValues(), errors: {} }, locale) : ''}
<div class="comments consultation-comments">
<h3>${t('commentsHeading', { count: m.comments.length })}</h3>
${m.comments.length === 0 ? html`<p>${t('noComments')}</p>` : html`<ol class="comment-list">${m.comments.map((c) => html`<li class="comment" id="gop-y-${c.id}">
<p class="comment-meta"><strong>${c.authorName}</strong>${c.organisation ? html` · ${c.organisation}` : ''} · <time datetime="${c.createdAt.toISOString()}">${locale.dateTime(c.createdAt)}</time></p>
<p class="muted">${t('clause')}: ${c.clauseLabel ?? t('general')}</p>
<div class="comment-text">${c.body}</div>
</li>`)}</ol>`}
</div>
</section>`
}

/** A plain POST form with no token or cookie: it works on a cached page and without JavaScript. */
export function consultationForm(slug: string, clauses: readonly Clause[], form: ConsultationFormModel, locale: Locale): SafeHtml {
  const t = locale.t(consultationMessages)
  const { values, errors } = form
  const invalid = (key: string) => (errors[key] ? html` aria-invalid="true" aria-describedby="gy-e-${key}"` : '')
  const error = (key: string) => (errors[key] ? html`<span class="field-error" id="gy-e-${key}">${errors[key]}</span>` : '')
  return html`<form class="form comment-form consultation-form" id="gui-gop-y" method="post" action="${consultationAction(slug, locale.lang)}">
<h3>${t('formHeading')}</h3>
<p class="form-message form-error" role="alert"${form.message ? '' : html` hidden`}>${form.message ?? ''}</p>
<p><label for="gy-name">${t('name')}</label>
<input id="gy-name" name="name" type="text" maxlength="${NAME_MAX}" autocomplete="name" required value="${values.name}"${invalid('name')}>
${error('name')}</p>
<p><label for="gy-email">${t('email')}</label>
<input id="gy-email" name="email" type="email" maxlength="${EMAIL_MAX}" autocomplete="email" required value="${values.email}"${invalid('email')}>
${error('email')}</p>
<p><label for="gy-organisation">${t('organisation')}</label>
<input id="gy-organisation" name="organisation" type="text" maxlength="${ORGANISATION_MAX}" autocomplete="organization" value="${values.organisation}"${invalid('organisation')}>
${error('organisation')}</p>
<p><label for="gy-clause">${t('clause')}</label>
<select id="gy-clause" name="clause"${invalid('clause')}>
<option value="${GENERAL}"${values.clause === GENERAL ? html` selected` : ''}>${t('general')}</option>
${clauses.map((c) => html`<option value="${c.id}"${values.clause === String(c.id) ? html` selected` : ''}>${c.label}</option>`)}
</select>
${error('clause')}</p>
<p><label for="gy-body">${t('body')}</label>
<textarea id="gy-body" name="body" rows="8" maxlength="${BODY_MAX}" required${invalid('body')}>${values.body}</textarea>
${error('body')}
<span class="muted">${t('bodyMax', { max: locale.number(BODY_MAX) })}</span></p>
<p class="hp" aria-hidden="true"><label for="gy-website">${t('honeypot')}</label><input id="gy-website" name="website" type="text" tabindex="-1" autocomplete="off"></p>
${form.challenge ? html`<fieldset class="challenge">
<legend>${t('challenge')}</legend>
<input type="hidden" name="challenge" value="${form.challenge.token}">
<label for="gy-answer">${t('challengeAnswer', { question: form.challenge.question })}</label>
<input id="gy-answer" name="answer" type="text" inputmode="numeric" autocomplete="off"${invalid('challenge')}>
${error('challenge')}
</fieldset>` : ''}
<p class="muted">${t('moderated')}</p>
<p><button type="submit">${t('send')}</button></p>
</form>`
}
