import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { ADMIN, csrfField, errorSummary, inputField, type FormState } from './admin-form.view.ts'

export interface LogoChoice {
  id: string
  label: string
  selected: boolean
}

export function settingsFormView(form: FormState, csrfToken: string, saved: boolean, logos: LogoChoice[]): SafeHtml {
  return html`<p><a href="${ADMIN}">Quản trị</a> › Cài đặt trang</p>
<h1>Cài đặt trang</h1>
${saved ? html`<p role="status" class="saved">Đã lưu. Trang công khai đã hiển thị thông tin mới.</p>` : ''}
${errorSummary(form)}
<form method="post" action="${ADMIN}/cai-dat" class="form settings-form">
${csrfField(csrfToken)}
<fieldset><legend>Đầu trang</legend>
${inputField(form, 'name', 'Tên trang', { required: true, maxlength: 200, hint: 'Ví dụ: Ban Dân vận Tỉnh ủy Bình Định' })}
${inputField(form, 'tagline', 'Khẩu hiệu', { maxlength: 300 })}
<p class="field"><label for="f-logoMediaId">Biểu trưng (logo)</label><br>
<select id="f-logoMediaId" name="logoMediaId"${form.errors.logoMediaId ? html` aria-invalid="true" aria-describedby="e-logoMediaId"` : ''}>
<option value="">(không dùng biểu trưng)</option>
${logos.map((l) => html`<option value="${l.id}"${l.selected ? html` selected` : ''}>${l.label}</option>`)}
</select><br><small class="muted">Chọn từ thư viện ảnh; tải ảnh lên ở mục Thư viện ảnh. Biểu trưng cũng là biểu tượng của trang trên thẻ trình duyệt và màn hình điện thoại (nên dùng ảnh vuông).</small>
${form.errors.logoMediaId ? html`<br><span class="field-error" id="e-logoMediaId">${form.errors.logoMediaId}</span>` : ''}</p>
</fieldset>
<fieldset><legend>Chân trang</legend>
${inputField(form, 'governingBody', 'Cơ quan chủ quản', { maxlength: 300 })}
${inputField(form, 'responsiblePerson', 'Người chịu trách nhiệm nội dung', { maxlength: 200 })}
${inputField(form, 'licence', 'Giấy phép', { maxlength: 500, hint: 'Ví dụ: Giấy phép số 123/GP-TTĐT do Sở Thông tin và Truyền thông cấp' })}
${inputField(form, 'address', 'Địa chỉ', { maxlength: 300 })}
${inputField(form, 'phone', 'Điện thoại', { type: 'tel', maxlength: 100 })}
${inputField(form, 'email', 'Thư điện tử', { type: 'email', maxlength: 200 })}
</fieldset>
<p><button type="submit">Lưu</button></p>
</form>`
}
