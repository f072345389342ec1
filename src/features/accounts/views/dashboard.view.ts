import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { ROLE_NAMES } from '../role.ts'
import type { AccountNotice } from '../account-notice.repository.ts'
import { may, type NewsroomUser } from '../user.ts'

export function dashboardView(user: NewsroomUser, csrfToken: string, session: { createdAt: Date; expiresAt: Date }, notices: AccountNotice[] = []): SafeHtml {
  return html`<h1>Bàn làm việc</h1>
<p>Xin chào ${user.name}. Vai trò: ${ROLE_NAMES[user.role]}${user.categoryIds.length > 0 ? ` (giới hạn ở ${user.categoryIds.length} chuyên mục)` : ''}.</p>
${notices.length > 0 ? html`<section aria-labelledby="thong-bao" class="notices"><h2 id="thong-bao">Thông báo mới</h2><ul>${notices.map((n) => html`<li>${formatNewsroomTime(n.createdAt)} · ${n.link ? html`<a href="${n.link}">${n.message}</a>` : n.message}</li>`)}</ul></section>` : ''}
<ul>
<li><a href="/toa-soan/bai-viet">Bài viết</a></li>
${may(user, 'article.write') ? html`<li><a href="/toa-soan/anh">Thư viện ảnh</a></li>` : ''}
${may(user, 'comment.moderate') ? html`<li><a href="/toa-soan/y-kien">Ý kiến bạn đọc</a></li>` : ''}
${may(user, 'audit.read') ? html`<li><a href="/toa-soan/nhat-ky">Nhật ký hoạt động</a></li>` : ''}
${may(user, 'user.manage') ? html`<li><a href="/toa-soan/nguoi-dung">Người dùng</a></li>` : ''}
${may(user, 'site.administer') ? html`<li><a href="/toa-soan/quan-tri">Quản trị trang: chuyên mục, liên kết, thời tiết, ngày làm việc, cài đặt</a></li>` : ''}
<li><a href="/toa-soan/mat-khau">Đổi mật khẩu</a></li>
<li><a href="/toa-soan/xac-thuc-hai-buoc">Xác thực hai bước</a></li>
</ul>
<h2>Phiên đăng nhập</h2>
<p>Đăng nhập lúc ${formatNewsroomTime(session.createdAt)}; phiên hết hạn lúc ${formatNewsroomTime(session.expiresAt)} nếu không sử dụng.</p>
<form method="post" action="/toa-soan/dang-xuat-moi-noi">
<input type="hidden" name="_csrf" value="${csrfToken}">
<button type="submit">Đăng xuất khỏi mọi thiết bị</button>
</form>`
}
