import { html, type SafeHtml } from '../../../platform/views/html.ts'

export interface SignInForm {
  email: string
  next: string
  csrfToken: string
  error?: string
  /** Just back from a letter's link: the new password works now. */
  passwordSet?: boolean
}

export function signInView(form: SignInForm): SafeHtml {
  return html`<h1>Đăng nhập tòa soạn</h1>
${form.passwordSet ? html`<p class="notice" role="status" id="da-dat-mat-khau">Đã đặt mật khẩu mới. Xin đăng nhập bằng mật khẩu đó.</p>` : ''}
${form.error ? html`<p class="form-error" role="alert" id="loi-dang-nhap">${form.error}</p>` : ''}
<form method="post" action="/toa-soan/dang-nhap" class="form" novalidate>
<input type="hidden" name="_csrf" value="${form.csrfToken}">
<input type="hidden" name="tiep" value="${form.next}">
<p><label for="email">Thư điện tử</label><br>
<input id="email" name="email" type="email" autocomplete="username" required value="${form.email}"${form.error ? html` aria-describedby="loi-dang-nhap"` : ''}></p>
<p><label for="mat-khau">Mật khẩu</label><br>
<input id="mat-khau" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Đăng nhập</button></p>
</form>
<p><a href="/toa-soan/quen-mat-khau" id="quen-mat-khau">Quên mật khẩu?</a></p>`
}
