import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { ADMIN } from './admin-form.view.ts'

const SCREENS = [
  { path: 'chuyen-muc', name: 'Chuyên mục', about: 'Cây chuyên mục và trình đơn của trang: thêm, sửa, sắp xếp, xóa.' },
  { path: 'lien-ket', name: 'Liên kết website', about: 'Các nhóm liên kết đến cổng thông tin của cơ quan, đơn vị liên quan.' },
  { path: 'thoi-tiet', name: 'Thời tiết', about: 'Các địa điểm hiện trong khối “Thời tiết”.' },
  { path: 'ngay-lam-viec', name: 'Ngày làm việc', about: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của từng năm: hạn xử lý được tính theo lịch này.' },
  { path: 'bo-cuc', name: 'Bố cục trang', about: 'Các khối ở từng vùng của trang (cột bên, chân trang…): thứ tự, ẩn hoặc hiện, thêm khối vào vùng.' },
  { path: 'cai-dat', name: 'Cài đặt trang', about: 'Tên trang, khẩu hiệu và thông tin chân trang: cơ quan chủ quản, người chịu trách nhiệm, giấy phép, liên hệ.' },
  { path: 'he-thong', name: 'Hệ thống', about: 'Các việc chạy nền (thời tiết, đăng bài theo lịch, lượt đọc, “Đọc nhiều”): lần chạy gần nhất, lỗi gần nhất, lần chạy tới.' },
]

export function siteAdminIndexView(): SafeHtml {
  return html`<h1>Quản trị trang</h1>
<ul class="site-admin-screens">
${SCREENS.map((s) => html`<li><a href="${ADMIN}/${s.path}">${s.name}</a><br><span class="muted">${s.about}</span></li>`)}
</ul>
<p class="muted">Mọi thay đổi được ghi vào <a href="/toa-soan/nhat-ky">nhật ký hoạt động</a> và hiện ngay trên trang công khai.</p>`
}
