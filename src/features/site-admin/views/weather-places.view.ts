import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { EditableWeatherPlace } from '../../weather/index.ts'
import { actionButton, ADMIN } from './admin-form.view.ts'

const BASE = `${ADMIN}/thoi-tiet`
const degrees = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 4 })

export function weatherPlacesView(places: EditableWeatherPlace[], csrfToken: string): SafeHtml {
  return html`<p><a href="${ADMIN}">Quản trị</a> › Thời tiết</p>
<h1>Địa điểm thời tiết</h1>
<p><a href="${BASE}/moi">Thêm địa điểm</a></p>
${places.length === 0 ? html`<p>Chưa có địa điểm nào; khối “Thời tiết” sẽ báo chưa có dữ liệu.</p>` : html`<table class="audit-log weather-places">
<caption class="visually-hidden">Các địa điểm, theo thứ tự hiện trên trang</caption>
<thead><tr><th scope="col">Thứ tự</th><th scope="col">Địa điểm</th><th scope="col">Vĩ độ</th><th scope="col">Kinh độ</th><th scope="col"><span class="visually-hidden">Thao tác</span></th></tr></thead>
<tbody>${places.map((p) => html`<tr data-id="${p.id}">
<td>${p.position}</td><td><a href="${BASE}/${p.id}">${p.name}</a></td><td>${degrees(p.latitude)}</td><td>${degrees(p.longitude)}</td>
<td>${actionButton(`${BASE}/${p.id}/xoa`, 'Xóa', csrfToken, `Xóa địa điểm “${p.name}”`)}</td>
</tr>`)}</tbody>
</table>`}
<p class="muted">Dự báo của địa điểm mới được lấy ở lượt cập nhật kế tiếp (mỗi 30 phút).</p>`
}
