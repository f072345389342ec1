import type { Locale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { noticeMessages } from '../messages.ts'
import type { Notice } from '../notice.repository.ts'

// The notices readers see, newest decisions first as the newsroom ordered them. No notice shown:
// no block at all, so a portal without notices reads as before.
export function noticesBlockView(notices: readonly Notice[], locale: Locale): SafeHtml {
  if (notices.length === 0) return html``
  const t = locale.t(noticeMessages)
  return html`<section class="block notices-block" aria-labelledby="thong-bao-khoi">
<h2 id="thong-bao-khoi">${t('heading')}</h2>
<div class="block-body"><ul>
${notices.map((n) => html`<li>${n.linkUrl ? html`<a href="${n.linkUrl}">${n.title}</a>` : html`<strong>${n.title}</strong>`}${n.body ? html` <span>${n.body}</span>` : ''}</li>`)}
</ul>
<p><a href="/bang-tin">${t('all')}</a></p></div>
</section>`
}
