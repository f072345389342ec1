import { html, type SafeHtml } from '../../../platform/views/html.ts'

export interface SecondStepForm {
  csrfToken: string
  error?: string
}

/** After a right password, for accounts with an authenticator: the code, or a recovery code. */
export function secondStepView(form: SecondStepForm): SafeHtml {
  return html`<h1>Xác thực hai bước</h1>
${form.error ? html`<p class="form-error" role="alert" id="loi-ma">${form.error}</p>` : ''}
<form method="post" action="/toa-soan/dang-nhap/ma-xac-thuc" class="form" novalidate>
<input type="hidden" name="_csrf" value="${form.csrfToken}">
<p><label for="ma">Mã 6 chữ số trong ứng dụng xác thực</label><br>
<input id="ma" name="code" type="text" autocomplete="one-time-code" autocapitalize="off" spellcheck="false" maxlength="40" required autofocus${form.error ? html` aria-describedby="loi-ma"` : ''}></p>
<p class="muted">Mất điện thoại? Nhập một trong các mã khôi phục bạn đã lưu (mỗi mã chỉ dùng được một lần).</p>
<p><button type="submit">Xác nhận</button></p>
</form>
<p><a href="/toa-soan/dang-nhap">Đăng nhập lại từ đầu</a></p>`
}
