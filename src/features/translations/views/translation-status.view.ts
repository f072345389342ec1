import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { TranslationGroup } from '../../../platform/translations/index.ts'
import { STATE_WORDS } from './translation-panel.view.ts'

/** "Bản dịch tiếng Anh": every module's items that lack an English version or have an older one. */
export function translationStatusView(groups: readonly TranslationGroup[]): SafeHtml {
  return html`<h1>Bản dịch tiếng Anh</h1>
<p class="muted">Những mục cần có bản tiếng Anh (Nghị định 42/2022, Điều 7: cơ cấu tổ chức, chức năng, nhiệm vụ, liên hệ) và các bài được chọn dịch: mục chưa có bản tiếng Anh, và mục có bản tiếng Việt sửa sau bản tiếng Anh.</p>
${groups.map((group, i) => {
    const due = group.items.filter((item) => item.state !== 'current')
    const current = group.items.length - due.length
    return html`<section class="translation-group" aria-labelledby="nhom-${i}"><h2 id="nhom-${i}">${group.label}</h2>
<p>${group.items.length === 0 ? 'Không có mục nào.' : `${current}/${group.items.length} mục đã có bản tiếng Anh mới như bản tiếng Việt.`}</p>
${due.length > 0 ? html`<table class="translation-list"><thead><tr><th scope="col">Mục</th><th scope="col">Tình trạng</th></tr></thead><tbody>
${due.map((item) => html`<tr class="translation-${item.state}"><td><a href="${item.href}">${item.title}</a></td><td>${STATE_WORDS[item.state]}</td></tr>`)}
</tbody></table>` : ''}
</section>`
  })}`
}
