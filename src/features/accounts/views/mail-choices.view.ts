import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { MailChoices } from '../mail-choices.repository.ts'

export const ACCOUNT_PAGE = '/toa-soan/tai-khoan'

export interface MailChoicesModel {
  choices: MailChoices
  csrfToken: string
  saved: boolean
  mailEnabled: boolean
}

/** The user's own page: which workflow letters they want. */
export function mailChoicesView(m: MailChoicesModel): SafeHtml {
  const box = (name: keyof MailChoices, label: string) =>
    html`<li><label><input type="checkbox" id="f-${name}" name="${name}" value="1"${m.choices[name] ? html` checked` : ''}> ${label}</label></li>`
  return html`<h1>Tài khoản của tôi</h1>
${m.saved ? html`<p class="notice" role="status" id="da-luu">Đã lưu lựa chọn nhận thư.</p>` : ''}
${m.mailEnabled ? '' : html`<p class="notice notice-warning" role="status">Thư điện tử của cổng thông tin đang tắt: lựa chọn được lưu và có hiệu lực khi thư được bật.</p>`}
<form method="post" action="${ACCOUNT_PAGE}" class="form mail-choices">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<fieldset><legend>Nhận thư khi…</legend>
<ul class="checkbox-list">
${box('returned', 'bài của tôi bị trả lại (kèm lý do)')}
${box('waiting', 'có bài chờ tôi duyệt')}
</ul></fieldset>
<p><button type="submit">Lưu</button></p>
</form>
<p><a href="/toa-soan/mat-khau">Đổi mật khẩu</a> · <a href="/toa-soan/xac-thuc-hai-buoc">Xác thực hai bước</a></p>`
}
