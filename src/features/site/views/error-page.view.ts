import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { siteMessages } from '../messages.ts'
import { portalPaths } from '../portal-paths.ts'

export function errorPageView(status: number, message: string, locale: Locale): SafeHtml {
  const t = locale.t(siteMessages)
  const heading = status === 404 ? t('notFoundTitle') : status === 403 ? t('forbiddenHeading') : status >= 500 ? t('failureHeading') : t('badRequestHeading')
  return html`<div class="error-page">
<h1>${heading}</h1>
<p>${message}</p>
<p>${t('errorNextStepBefore')} <a href="${portalPaths(locale.lang).home}">${t('errorNextStepLink')}</a> ${t('errorNextStepAfter')}</p>
</div>`
}
