import { html, type SafeHtml } from '../../../platform/views/html.ts'

export function errorPageView(status: number, message: string): SafeHtml {
  const heading = status === 404 ? 'Không tìm thấy trang' : status === 403 ? 'Không có quyền truy cập' : status >= 500 ? 'Hệ thống đang gặp sự cố' : 'Yêu cầu không hợp lệ'
  return html`<div class="error-page">
<h1>${heading}</h1>
<p>${message}</p>
<p>Bạn có thể <a href="/">trở về Trang chủ</a> hoặc chọn một chuyên mục ở trên.</p>
</div>`
}
