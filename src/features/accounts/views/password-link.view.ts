import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { AccountTokenPurpose } from '../account-token.table.ts'
import { MIN_PASSWORD_LENGTH } from '../password.ts'

export const FORGOT_PATH = '/toa-soan/quen-mat-khau'
export const RESET_SENT = 'Nếu địa chỉ này có tài khoản, một thư hướng dẫn đã được gửi. Liên kết trong thư dùng được một lần, trong 1 giờ.'

const error = (name: string, errors: Record<string, string>) =>
  (errors[name] ? html`<br><span class="field-error" id="e-${name}">${errors[name]}</span>` : '')
const described = (name: string, errors: Record<string, string>) => (errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : '')

export interface SetPasswordModel {
  purpose: AccountTokenPurpose
  action: string
  csrfToken: string
  errors: Record<string, string>
}

/** The page a letter's link opens: the user chooses their own password. */
export function setPasswordView(m: SetPasswordModel): SafeHtml {
  const e = m.errors
  return html`<h1>${m.purpose === 'invitation' ? 'Đặt mật khẩu tòa soạn' : 'Đặt lại mật khẩu'}</h1>
${Object.keys(e).length > 0 ? html`<p class="form-error" role="alert">Chưa đặt được mật khẩu, xin xem các ô được đánh dấu.</p>` : ''}
<form method="post" action="${m.action}" class="form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-next">Mật khẩu mới</label><br>
<input id="f-next" name="next" type="password" autocomplete="new-password" required minlength="${MIN_PASSWORD_LENGTH}"${described('next', e)}>
<br><small class="muted">Ít nhất ${MIN_PASSWORD_LENGTH} ký tự; một câu dễ nhớ là mật khẩu tốt.</small>${error('next', e)}</p>
<p class="field"><label for="f-again">Nhập lại mật khẩu mới</label><br>
<input id="f-again" name="again" type="password" autocomplete="new-password" required${described('again', e)}>${error('again', e)}</p>
<p>Đặt mật khẩu sẽ đăng xuất tài khoản này khỏi mọi thiết bị; sau đó xin đăng nhập bằng mật khẩu mới.</p>
<p><button type="submit">Đặt mật khẩu</button></p>
</form>`
}

export function linkEndedView(): SafeHtml {
  return html`<h1>Liên kết không còn dùng được</h1>
<p class="form-error" role="alert" id="lien-ket-het-han">Liên kết này đã hết hạn, đã được dùng, hoặc đã có liên kết mới thay thế.</p>
<p>Nếu bạn được mời vào tòa soạn, xin nhờ quản trị viên gửi lại thư mời. Nếu bạn quên mật khẩu, xin <a href="${FORGOT_PATH}">yêu cầu một liên kết mới</a>.</p>`
}

export interface ForgotPasswordModel {
  mailEnabled: boolean
  csrfToken: string
  email: string
  /** After a request: the one answer every address gets. */
  sent?: boolean
  error?: string
}

export function forgotPasswordView(m: ForgotPasswordModel): SafeHtml {
  if (!m.mailEnabled) {
    return html`<h1>Quên mật khẩu</h1>
<p class="notice" role="status" id="thu-tat">Cổng thông tin chưa gửi được thư điện tử. Xin nhờ quản trị viên tòa soạn đặt lại mật khẩu cho bạn.</p>
<p><a href="/toa-soan/dang-nhap">← Đăng nhập</a></p>`
  }
  return html`<h1>Quên mật khẩu</h1>
${m.sent ? html`<p class="notice" role="status" id="da-gui">${RESET_SENT}</p>` : ''}
${m.error ? html`<p class="form-error" role="alert" id="loi-quen-mat-khau">${m.error}</p>` : ''}
<p>Nhập địa chỉ thư điện tử của tài khoản tòa soạn; chúng tôi sẽ gửi một liên kết để đặt mật khẩu mới.</p>
<form method="post" action="${FORGOT_PATH}" class="form" novalidate>
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p><label for="email">Thư điện tử</label><br>
<input id="email" name="email" type="email" autocomplete="username" required value="${m.email}"${m.error ? html` aria-describedby="loi-quen-mat-khau"` : ''}></p>
<p><button type="submit">Gửi liên kết</button></p>
</form>
<p><a href="/toa-soan/dang-nhap">← Đăng nhập</a></p>`
}
