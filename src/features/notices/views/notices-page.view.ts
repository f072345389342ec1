import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { noticeMessages } from '../messages.ts'
import type { Notice } from '../notice.repository.ts'

/** /bang-tin: every notice shown to readers, in full. */
export function noticesPageView(notices: readonly Notice[], locale: Locale): SafeHtml {
  const t = locale.t(noticeMessages)
  return html`<h1>${t('heading')}</h1>
${notices.length === 0 ? html`<p>${t('none')}</p>` : html`<ul class="notices">
${notices.map((n) => html`<li><h2>${n.title}</h2>${n.body ? html`<p>${n.body}</p>` : ''}${n.linkUrl ? html`<p><a href="${n.linkUrl}">${t('details')}</a></p>` : ''}</li>`)}
</ul>`}`
}
