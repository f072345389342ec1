import { html, type SafeHtml } from '../../../platform/views/html.ts'

export interface CommentSettingsModel {
  values: { closeAfterDays: string; blocklistText: string; unmoderatedCategoryIds: number[] }
  errors: Record<string, string>
  categories: { id: number; name: string; depth: number }[]
  closedArticles: { id: number; title: string }[]
  csrfToken: string
  saved: boolean
}

export function commentSettingsView(m: CommentSettingsModel): SafeHtml {
  const error = (key: string) => (m.errors[key] ? html`<span class="field-error" id="e-${key}">${m.errors[key]}</span>` : '')
  return html`<h1>Cài đặt ý kiến bạn đọc</h1>
<p><a href="/toa-soan/y-kien">← Về hàng ý kiến</a></p>
${m.saved ? html`<p class="notice" role="status">Đã lưu cài đặt.</p>` : ''}
<form method="post" action="/toa-soan/y-kien/cai-dat" class="form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<fieldset><legend>Kiểm duyệt trước khi đăng</legend>
<p class="muted">Bỏ chọn một chuyên mục để ý kiến ở đó được đăng ngay khi qua các bước chống thư rác.</p>
<ul class="category-choices">${m.categories.map((c) => html`<li><label><input type="checkbox" name="moderated" value="${c.id}"${m.values.unmoderatedCategoryIds.includes(c.id) ? '' : html` checked`}> ${'— '.repeat(c.depth)}${c.name}</label></li>`)}</ul>
</fieldset>
<p><label for="f-closeAfterDays">Đóng ý kiến sau bao nhiêu ngày kể từ khi đăng bài (để trống: không đóng)</label>
<input id="f-closeAfterDays" name="closeAfterDays" type="text" inputmode="numeric" value="${m.values.closeAfterDays}">${error('closeAfterDays')}</p>
<p><label for="f-blocklist">Từ bị chặn (mỗi dòng một từ hoặc cụm từ)</label>
<textarea id="f-blocklist" name="blocklist" rows="8">${m.values.blocklistText}</textarea>${error('blocklist')}
<span class="muted">So khớp cả khi bạn đọc gõ không dấu hoặc chèn dấu chấm, gạch, khoảng trắng giữa các chữ. Ý kiến có từ bị chặn vào mục thư rác.</span></p>
<p><button type="submit">Lưu cài đặt</button></p>
</form>
<h2>Bài đã đóng ý kiến</h2>
${m.closedArticles.length === 0 ? html`<p>Chưa có bài nào.</p>` : html`<ul>${m.closedArticles.map((a) => html`<li>${a.title} <form method="post" action="/toa-soan/y-kien/bai/${a.id}/mo" class="inline-form"><input type="hidden" name="_csrf" value="${m.csrfToken}"><button type="submit">Mở lại</button></form></li>`)}</ul>`}`
}
