import type { SafeHtml } from '../../../platform/views/html.ts'
import { adminFormView, inputField, positionField, type FormState } from '../../admin-kit/index.ts'
import type { EditableWeatherPlace } from '../../weather/index.ts'
import { ADMIN, SITE_ADMIN } from './admin-form.view.ts'

const BASE = `${ADMIN}/thoi-tiet`

export function weatherPlaceFormView(place: EditableWeatherPlace | undefined, form: FormState, csrfToken: string): SafeHtml {
  return adminFormView({
    trail: [SITE_ADMIN, { label: 'Thời tiết', href: BASE }],
    heading: place ? `Sửa địa điểm “${place.name}”` : 'Thêm địa điểm thời tiết',
    action: `${BASE}${place ? `/${place.id}` : ''}`, form, csrfToken,
    fields: [
      inputField(form, 'name', 'Tên địa điểm', { required: true, maxlength: 100, hint: 'Ví dụ: TP. Quy Nhơn' }),
      inputField(form, 'latitude', 'Vĩ độ', { required: true, inputmode: 'decimal', hint: 'Từ −90 đến 90, ví dụ 13.7765' }),
      inputField(form, 'longitude', 'Kinh độ', { required: true, inputmode: 'decimal', hint: 'Từ −180 đến 180, ví dụ 109.2237' }),
      positionField(form),
    ],
  })
}
