import type { Locale } from '../../../platform/i18n/index.ts'
import { html, trustedHtml, type SafeHtml } from '../../../platform/views/html.ts'
import { questionMessages, STATUS_MESSAGE_KEYS } from '../messages.ts'
import type { HistoryEntry, QuestionCase } from '../question.ts'
import type { QuestionPaths } from '../question-paths.ts'

export interface TrackingModel {
  paths: QuestionPaths
  code: string
  contact: string
  message?: string
  found?: { case: QuestionCase; history: HistoryEntry[] }
}

/** /tra-cuu: the form, and below it the case when code and contact matched. */
export function trackingView(m: TrackingModel, locale: Locale): SafeHtml {
  const t = locale.t(questionMessages)
  const f = m.found
  const day = (d: string) => locale.date(new Date(`${d}T05:00:00Z`))
  return html`<div class="questions-page tracking">
<h1>${t('trackHeading')}</h1>
<p>${t('trackIntro')}</p>
<form class="form" method="post" action="${m.paths.track}">
<p class="form-message form-error" role="alert"${m.message ? '' : html` hidden`}>${m.message ?? ''}</p>
<p><label for="tc-code">${t('code')}</label><input id="tc-code" name="code" type="text" maxlength="40" required value="${m.code}" autocomplete="off"></p>
<p><label for="tc-contact">${t('contact')}</label><input id="tc-contact" name="contact" type="text" maxlength="200" required value="${m.contact}"></p>
<p><button type="submit">${t('lookUp')}</button></p>
</form>
${f ? html`<section class="tracking-result" aria-labelledby="tc-title">
<h2 id="tc-title">${f.case.code}: ${f.case.title}</h2>
<p><strong>${t('status')}:</strong> <span class="question-status">${t(STATUS_MESSAGE_KEYS[f.case.status])}</span></p>
${f.case.status === 'answered' ? '' : html`<p><strong>${t('due')}:</strong> ${day(f.case.dueOn)}</p>`}
<h3>${t('history')}</h3>
<ol class="question-history">${f.history.map((h) => html`<li><time datetime="${h.at.toISOString()}">${locale.dateTime(h.at)}</time>: ${t(STATUS_MESSAGE_KEYS[h.status])}${h.note ? html` — ${h.note}` : ''}</li>`)}</ol>
${f.case.status === 'answered' && f.case.slug ? html`<h3>${t('answerHeading')}</h3><div class="article-body">${trustedHtml(f.case.answerHtml)}</div>
<p><a href="${m.paths.question(f.case.slug)}">${t('answerPublished')}</a></p>` : ''}
</section>` : ''}
</div>`
}
