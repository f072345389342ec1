import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Notice } from '../notice.repository.ts'

/** /thong-bao: every notice shown to readers, in full. */
export function noticesPageView(notices: readonly Notice[]): SafeHtml {
  return html`<h1>Thông báo</h1>
${notices.length === 0 ? html`<p>Hiện chưa có thông báo nào.</p>` : html`<ul class="notices">
${notices.map((n) => html`<li><h2>${n.title}</h2>${n.body ? html`<p>${n.body}</p>` : ''}${n.linkUrl ? html`<p><a href="${n.linkUrl}">Xem chi tiết</a></p>` : ''}</li>`)}
</ul>`}`
}
