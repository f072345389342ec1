import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { MIN_PASSWORD_LENGTH } from '../password.ts'

export interface PasswordShownOnce {
  user: { id: number; name: string; email: string }
  password: string
  /** A new account, or a password reset. */
  kind: 'created' | 'reset'
}

/** The only time a generated password is ever shown: it is not stored, sent or logged. */
export function passwordShownOnceView(p: PasswordShownOnce): SafeHtml {
  return html`<h1>${p.kind === 'created' ? 'Đã tạo tài khoản' : 'Đã đặt lại mật khẩu'}</h1>
<p>${p.kind === 'created' ? 'Tài khoản' : 'Mật khẩu mới của'} <strong>${p.user.name}</strong> (${p.user.email})${p.kind === 'created' ? ' đã được tạo' : ' đã được đặt'}.</p>
<p>Mật khẩu ${p.kind === 'created' ? 'ban đầu' : 'mới'}: <code class="generated-password" id="mat-khau-moi">${p.password}</code></p>
<div class="notice" role="note">
<p><strong>Mật khẩu này chỉ hiện một lần.</strong> Hệ thống không có máy chủ thư nên không gửi thư điện tử cho người dùng:
xin tự chuyển mật khẩu này cho họ qua một kênh an toàn (gặp trực tiếp hoặc gọi điện thoại).</p>
<p>Sau khi đăng nhập, người dùng nên đổi mật khẩu ở trang Đổi mật khẩu. Nếu mất mật khẩu này, hãy đặt lại mật khẩu mới.</p>
</div>
<p><a href="/toa-soan/nguoi-dung/${p.user.id}">Xem tài khoản</a> · <a href="/toa-soan/nguoi-dung">Danh sách người dùng</a></p>`
}

export interface ChangePasswordForm {
  csrfToken: string
  errors: Record<string, string>
  done: boolean
}

const error = (name: string, errors: Record<string, string>) =>
  (errors[name] ? html`<br><span class="field-error" id="e-${name}">${errors[name]}</span>` : '')
const described = (name: string, errors: Record<string, string>, hint = '') =>
  (errors[name] ? html` aria-invalid="true" aria-describedby="${hint ? `${hint} ` : ''}e-${name}"` : hint ? html` aria-describedby="${hint}"` : '')

/** Passwords are never shown again in the form, even when something else was wrong. */
export function changePasswordView(f: ChangePasswordForm): SafeHtml {
  const e = f.errors
  return html`<h1>Đổi mật khẩu</h1>
${f.done ? html`<p class="notice" role="status">Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.</p>` : ''}
${Object.keys(e).length > 0 ? html`<p class="form-error" role="alert">Chưa đổi được mật khẩu, xin xem các ô được đánh dấu.</p>` : ''}
<form method="post" action="/toa-soan/mat-khau" class="form">
<input type="hidden" name="_csrf" value="${f.csrfToken}">
<p class="field"><label for="f-current">Mật khẩu hiện tại</label><br>
<input id="f-current" name="current" type="password" autocomplete="current-password" required${described('current', e)}>${error('current', e)}</p>
<p class="field"><label for="f-next">Mật khẩu mới</label><br>
<input id="f-next" name="next" type="password" autocomplete="new-password" required minlength="${MIN_PASSWORD_LENGTH}"${described('next', e, 'h-next')}>
<br><small class="muted" id="h-next">Ít nhất ${MIN_PASSWORD_LENGTH} ký tự; một câu dễ nhớ là mật khẩu tốt.</small>${error('next', e)}</p>
<p class="field"><label for="f-again">Nhập lại mật khẩu mới</label><br>
<input id="f-again" name="again" type="password" autocomplete="new-password" required${described('again', e)}>${error('again', e)}</p>
<p>Đổi mật khẩu sẽ đăng xuất bạn khỏi các thiết bị khác.</p>
<p><button type="submit">Đổi mật khẩu</button></p>
</form>`
}
