import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'

export interface EnrolmentForm {
  /** The QR code, our own SVG markup. */
  qrCode: SafeHtml
  /** The secret in groups of four, for apps that cannot scan. */
  secret: string
  csrfToken: string
  /** The administrator requires it for this user's role: nothing else opens until it is done. */
  required: boolean
  error?: string
}

export function enrolmentView(f: EnrolmentForm): SafeHtml {
  return html`<h1>Bật xác thực hai bước</h1>
${f.required ? html`<p class="notice" role="status">Quản trị hệ thống yêu cầu tài khoản có quyền xuất bản phải dùng xác thực hai bước. Xin hoàn tất bước này trước khi làm việc tiếp.</p>` : ''}
<ol>
<li>Cài một ứng dụng xác thực trên điện thoại (ví dụ Google Authenticator, Microsoft Authenticator, FreeOTP).</li>
<li>Trong ứng dụng, chọn thêm tài khoản và quét mã QR dưới đây, hoặc nhập khóa bí mật bằng tay.</li>
<li>Nhập mã 6 chữ số ứng dụng đang hiện để xác nhận.</li>
</ol>
<figure class="qr-code">${f.qrCode}<figcaption>Mã QR cho ứng dụng xác thực</figcaption></figure>
<p>Khóa bí mật: <code id="khoa-bi-mat">${f.secret}</code></p>
${f.error ? html`<p class="form-error" role="alert" id="loi-ma">${f.error}</p>` : ''}
<form method="post" action="/toa-soan/xac-thuc-hai-buoc" class="form" novalidate>
<input type="hidden" name="_csrf" value="${f.csrfToken}">
<p><label for="ma">Mã 6 chữ số</label><br>
<input id="ma" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required${f.error ? html` aria-invalid="true" aria-describedby="loi-ma"` : ''}></p>
<p><button type="submit">Xác nhận và bật</button></p>
</form>`
}

export function enrolledView(s: { confirmedAt: Date; recoveryCodesLeft: number }): SafeHtml {
  return html`<h1>Xác thực hai bước</h1>
<p class="notice" role="status">Xác thực hai bước đang bật cho tài khoản của bạn (từ ${formatNewsroomTime(s.confirmedAt)}).</p>
<p>Mỗi lần đăng nhập, sau mật khẩu, bạn nhập mã 6 chữ số trong ứng dụng xác thực.</p>
<p>Còn <strong id="so-ma-khoi-phuc">${s.recoveryCodesLeft}</strong> mã khôi phục chưa dùng. Nếu mất điện thoại và hết mã khôi phục, xin nhờ quản trị hệ thống đặt lại xác thực hai bước.</p>`
}

/** The only time recovery codes are shown: only their hashes are kept. */
export function recoveryCodesView(codes: string[]): SafeHtml {
  return html`<h1>Đã bật xác thực hai bước</h1>
<p>Đây là các mã khôi phục của bạn. Mỗi mã dùng được <strong>một lần</strong> thay cho mã trong ứng dụng, khi bạn không có điện thoại bên mình.</p>
<ul class="recovery-codes">${codes.map((c) => html`<li><code>${c}</code></li>`)}</ul>
<div class="notice" role="note"><p><strong>Các mã này chỉ hiện một lần.</strong> Xin in ra hoặc chép vào nơi an toàn ngay bây giờ.</p></div>
<p><a href="/toa-soan">Về bàn làm việc</a></p>`
}

export function secondFactorResetView(user: { id: number; name: string }): SafeHtml {
  return html`<h1>Đã đặt lại xác thực hai bước</h1>
<p>Ứng dụng xác thực và các mã khôi phục của <strong>${user.name}</strong> đã bị xóa; người này đã bị đăng xuất khỏi mọi thiết bị.
Ở lần đăng nhập tới, nếu tài khoản cần xác thực hai bước, họ sẽ được hướng dẫn cài đặt lại.</p>
<p><a href="/toa-soan/nguoi-dung/${user.id}">Xem tài khoản</a> · <a href="/toa-soan/nguoi-dung">Danh sách người dùng</a></p>`
}

/** On the users list: the administrator's setting. */
export function secondFactorSettingView(required: boolean, csrfToken: string, saved: boolean): SafeHtml {
  return html`<section aria-labelledby="xac-thuc-hai-buoc"><h2 id="xac-thuc-hai-buoc">Xác thực hai bước</h2>
${saved ? html`<p class="notice" role="status">Đã lưu cài đặt xác thực hai bước.</p>` : ''}
<form method="post" action="/toa-soan/xac-thuc-hai-buoc/bat-buoc" class="form">
<input type="hidden" name="_csrf" value="${csrfToken}">
<p><label><input type="checkbox" name="required" value="1"${required ? html` checked` : ''}> Bắt buộc xác thực hai bước với các vai trò có quyền xuất bản (Lãnh đạo duyệt bài, Quản trị hệ thống)</label></p>
<p class="muted">Khi bật, người có các vai trò này phải cài ứng dụng xác thực trước khi làm bất cứ việc gì khác trong tòa soạn.</p>
<p><button type="submit">Lưu</button></p>
</form></section>`
}
