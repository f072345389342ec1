import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { EditableWeatherPlace } from '../../weather/index.ts'
import { ADMIN, csrfField, errorSummary, inputField, type FormState } from './admin-form.view.ts'

const BASE = `${ADMIN}/thoi-tiet`

export function weatherPlaceFormView(place: EditableWeatherPlace | undefined, form: FormState, csrfToken: string): SafeHtml {
  return html`<p><a href="${ADMIN}">Quản trị</a> › <a href="${BASE}">Thời tiết</a></p>
<h1>${place ? `Sửa địa điểm “${place.name}”` : 'Thêm địa điểm thời tiết'}</h1>
${errorSummary(form)}
<form method="post" action="${BASE}${place ? `/${place.id}` : ''}" class="form">
${csrfField(csrfToken)}
${inputField(form, 'name', 'Tên địa điểm', { required: true, maxlength: 100, hint: 'Ví dụ: TP. Quy Nhơn' })}
${inputField(form, 'latitude', 'Vĩ độ', { required: true, inputmode: 'decimal', hint: 'Từ −90 đến 90, ví dụ 13.7765' })}
${inputField(form, 'longitude', 'Kinh độ', { required: true, inputmode: 'decimal', hint: 'Từ −180 đến 180, ví dụ 109.2237' })}
${inputField(form, 'position', 'Thứ tự', { maxlength: 4, inputmode: 'numeric', hint: 'Số nhỏ đứng trước; để trống để giữ nguyên hoặc xếp cuối.' })}
<p><button type="submit">Lưu</button> <a href="${BASE}">Hủy</a></p>
</form>`
}
