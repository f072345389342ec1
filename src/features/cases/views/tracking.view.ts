import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { dayInstant } from '../case-dates.ts'
import { TRACKING_PATHS, type TrackedCase } from '../case-tracking.ts'
import { caseMessages } from '../messages.ts'

export interface TrackingModel {
  code: string
  contact: string
  message?: string
  found?: TrackedCase
}

/** /tra-cuu (/en/track): the form, and below it the case when code and contact matched. */
export function trackingView(m: TrackingModel, locale: Locale): SafeHtml {
  const t = locale.t(caseMessages)
  const f = m.found
  return html`<div class="questions-page tracking">
<h1>${t('trackHeading')}</h1>
<p>${t('trackIntro')}</p>
<form class="form" method="post" action="${TRACKING_PATHS[locale.lang]}">
<p class="form-message form-error" role="alert"${m.message ? '' : html` hidden`}>${m.message ?? ''}</p>
<p><label for="tc-code">${t('code')}</label><input id="tc-code" name="code" type="text" maxlength="40" required value="${m.code}" autocomplete="off"></p>
<p><label for="tc-contact">${t('contact')}</label><input id="tc-contact" name="contact" type="text" maxlength="200" required value="${m.contact}"></p>
<p><button type="submit">${t('lookUp')}</button></p>
</form>
${f ? html`<section class="tracking-result" aria-labelledby="tc-title">
<h2 id="tc-title">${f.code}: ${f.title}</h2>
<p><strong>${t('status')}:</strong> <span class="case-status">${f.status}</span></p>
${f.closed ? '' : html`<p><strong>${t('due')}:</strong> ${locale.date(dayInstant(f.dueOn))}</p>`}
<h3>${t('history')}</h3>
<ol class="case-history">${f.history.map((h) => html`<li><time datetime="${h.at.toISOString()}">${locale.dateTime(h.at)}</time>: ${h.status}${h.note ? html` — ${h.note}` : ''}</li>`)}</ol>
${f.result ? html`<h3>${f.result.heading}</h3><div class="article-body case-result">${f.result.body}</div>
${f.result.link ? html`<p><a href="${f.result.link.href}">${f.result.link.label}</a></p>` : ''}` : ''}
</section>` : ''}
</div>`
}
