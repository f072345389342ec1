import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Notice } from '../notice.repository.ts'

// The notices readers see, newest decisions first as the newsroom ordered them. No notice shown:
// no block at all, so a portal without notices reads as before.
export function noticesBlockView(notices: readonly Notice[]): SafeHtml {
  if (notices.length === 0) return html``
  return html`<section class="block notices-block" aria-labelledby="thong-bao-khoi">
<h2 id="thong-bao-khoi">Thông báo</h2>
<div class="block-body"><ul>
${notices.map((n) => html`<li>${n.linkUrl ? html`<a href="${n.linkUrl}">${n.title}</a>` : html`<strong>${n.title}</strong>`}${n.body ? html` <span>${n.body}</span>` : ''}</li>`)}
</ul>
<p><a href="/thong-bao">Tất cả thông báo</a></p></div>
</section>`
}
