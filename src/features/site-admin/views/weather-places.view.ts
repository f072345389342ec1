import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { actionButton, adminListView, adminTable } from '../../admin-kit/index.ts'
import type { EditableWeatherPlace } from '../../weather/index.ts'
import { ADMIN, SITE_ADMIN } from './admin-form.view.ts'

const BASE = `${ADMIN}/thoi-tiet`
const degrees = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 4 })

export function weatherPlacesView(places: EditableWeatherPlace[], csrfToken: string): SafeHtml {
  return adminListView({
    trail: [SITE_ADMIN, { label: 'Thời tiết' }], heading: 'Địa điểm thời tiết',
    add: { href: `${BASE}/moi`, label: 'Thêm địa điểm' },
    items: adminTable({
      className: 'audit-log weather-places', caption: 'Các địa điểm, theo thứ tự hiện trên trang', rows: places, idOf: (p) => p.id,
      columns: [
        { label: 'Thứ tự', cell: (p) => p.position },
        { label: 'Địa điểm', cell: (p) => html`<a href="${BASE}/${p.id}">${p.name}</a>` },
        { label: 'Vĩ độ', cell: (p) => degrees(p.latitude) },
        { label: 'Kinh độ', cell: (p) => degrees(p.longitude) },
        { label: html`<span class="visually-hidden">Thao tác</span>`, cell: (p) => actionButton(`${BASE}/${p.id}/xoa`, 'Xóa', csrfToken, `Xóa địa điểm “${p.name}”`) },
      ],
    }),
    empty: 'Chưa có địa điểm nào; khối “Thời tiết” sẽ báo chưa có dữ liệu.',
    note: 'Dự báo của địa điểm mới được lấy ở lượt cập nhật kế tiếp (mỗi 30 phút).',
  })
}
