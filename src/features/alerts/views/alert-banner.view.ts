import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { dismissKey, type Alert } from '../alert.ts'
import { alertMessages } from '../messages.ts'

/**
 * The active alerts above everything else on a reader's page: a labelled region, each alert
 * with its level in words, its text (the English one on English pages, else the Vietnamese,
 * marked as such), its link, and a "hide" button the script shows (hidden without it).
 */
export function alertBannerView(alerts: readonly Alert[], locale: Locale, scriptUrl: string): SafeHtml {
  if (alerts.length === 0) return html``
  const t = locale.t(alertMessages)
  return html`<section class="urgent-alerts" aria-label="${t('region')}">
${alerts.map((alert) => {
    const english = locale.lang !== 'vi' && alert.textEn !== ''
    const text = english ? alert.textEn : alert.textVi
    const lang = locale.lang !== 'vi' && !english ? html` lang="vi"` : ''
    return html`<div class="urgent-alert urgent-alert--${alert.level}" data-alert-key="${dismissKey(alert)}">
<p><strong class="urgent-alert-level">${t(alert.level)}:</strong> <span${lang}>${text}</span>${alert.link ? html` <a href="${alert.link}">${t('more')}</a>` : ''}</p>
<button type="button" class="urgent-alert-hide" aria-label="${t('hideLabel')}" hidden>${t('hide')}</button>
</div>
`
  })}</section>
<script src="${scriptUrl}"></script>`
}
