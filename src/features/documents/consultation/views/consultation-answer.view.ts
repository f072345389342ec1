import type { Locale } from '../../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../../platform/views/html.ts'
import { consultationMessages } from '../messages.ts'

export type ConsultationAnswer =
  | { received: true; documentTitle: string; documentUrl: string }
  | { problem: string; documentUrl?: string }

/** What a citizen without JavaScript sees after posting: no cookie, nothing cached. */
export function consultationAnswerView(answer: ConsultationAnswer, locale: Locale): SafeHtml {
  const t = locale.t(consultationMessages)
  if ('problem' in answer) {
    return html`<div class="comment-answer"><h1>${t('failedTitle')}</h1><p>${answer.problem}</p>
<p>${answer.documentUrl ? html`<a href="${answer.documentUrl}">${t('backToDocument')}</a>` : html`<a href="/">${t('backHome')}</a>`}</p></div>`
  }
  return html`<div class="comment-answer">
<h1>${t('receivedHeading')}</h1>
<p>${t('receivedText', { title: answer.documentTitle })}</p>
<p><a href="${answer.documentUrl}">${t('backToDocument')}</a></p>
</div>`
}

/** The consultation on a page of its own: the form sent back with messages, or for a direct link. */
export function consultationPageView(page: { documentTitle: string; documentUrl: string; section: SafeHtml }, locale: Locale): SafeHtml {
  const t = locale.t(consultationMessages)
  return html`<div class="consultation-page">
<h1>${t('formPageHeading', { title: page.documentTitle })}</h1>
${page.section}
<p><a href="${page.documentUrl}">${t('backToDocument')}</a></p>
</div>`
}
