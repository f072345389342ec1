import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { MIN_PASSWORD_LENGTH } from '../password.ts'

export const CHANGE_PASSWORD_PAGE = '/toa-soan/mat-khau'

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
<p>Ở lần đăng nhập đầu, người dùng phải đổi mật khẩu này thành mật khẩu của riêng họ. Nếu mất mật khẩu này, hãy đặt lại mật khẩu mới.</p>
</div>
<p><a href="/toa-soan/nguoi-dung/${p.user.id}">Xem tài khoản</a> · <a href="/toa-soan/nguoi-dung">Danh sách người dùng</a></p>`
}

export interface MailedLink {
  user: { id: number; name: string; email: string }
  kind: 'created' | 'reset' | 'resent'
  csrfToken: string
}

/** Mail is on: no password is shown to anyone; the user sets their own through the letter's link. */
export function linkMailedView(m: MailedLink): SafeHtml {
  const heading = { created: 'Đã tạo tài khoản', reset: 'Đã đặt lại mật khẩu', resent: 'Đã gửi lại thư mời' }[m.kind]
  return html`<h1>${heading}</h1>
<p class="notice" role="status" id="da-gui-thu">${m.kind === 'reset' ? 'Đã gửi thư đặt lại mật khẩu tới' : 'Đã gửi thư mời tới'} <strong>${m.user.name}</strong> (${m.user.email}).</p>
<p>Liên kết trong thư dùng được một lần, trong 72 giờ, để người dùng tự đặt mật khẩu. ${m.kind === 'reset' ? 'Mật khẩu cũ không còn dùng được và người này đã được đăng xuất khỏi mọi thiết bị.' : ''}</p>
${resendInvitationForm(m.user.id, m.csrfToken)}
<p><a href="/toa-soan/nguoi-dung/${m.user.id}">Xem tài khoản</a> · <a href="/toa-soan/nguoi-dung">Danh sách người dùng</a> · <a href="/toa-soan/quan-tri/thu-di">Thư đi</a></p>`
}

export function resendInvitationForm(userId: number, csrfToken: string): SafeHtml {
  return html`<form method="post" action="/toa-soan/nguoi-dung/${userId}/gui-lai-thu-moi" class="resend-invitation">
<input type="hidden" name="_csrf" value="${csrfToken}">
<button type="submit" class="button button-secondary">Gửi lại thư mời</button>
</form>`
}

export interface ChangePasswordForm {
  csrfToken: string
  errors: Record<string, string>
  done: boolean
  /** The password was one an administrator was shown: it must be replaced before anything else. */
  mustChange?: boolean
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
${f.mustChange ? html`<p class="notice notice-warning" role="status" id="phai-doi">Mật khẩu hiện tại do quản trị viên cấp. Xin đặt mật khẩu của riêng bạn trước khi làm việc tiếp.</p>` : ''}
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
