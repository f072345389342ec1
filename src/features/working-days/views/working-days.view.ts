import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatLocalDate, weekdayName } from '../local-date.ts'
import { DAY_KIND_LABELS, DAY_KINDS, type DayException } from '../working-days.ts'

export const SCREEN = '/toa-soan/quan-tri/ngay-lam-viec'

export interface EntryForm {
  values: Record<string, string>
  errors: Record<string, string>
}

export interface WorkingDaysPage {
  year: number
  entries: DayException[]
  form: EntryForm
  csrfToken: string
}

const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`
const invalid = (form: EntryForm, name: string) => (form.errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : '')
const fieldError = (form: EntryForm, name: string) => (form.errors[name] ? html`<br><span class="field-error" id="e-${name}">${form.errors[name]}</span>` : '')

/** Quản trị › Ngày làm việc: one year's days off and worked days, and the form to add one. */
export function workingDaysView({ year, entries, form, csrfToken }: WorkingDaysPage): SafeHtml {
  const kind = form.values.kind ?? ''
  return html`<p><a href="/toa-soan/quan-tri">Quản trị</a> › Ngày làm việc</p>
<h1>Ngày nghỉ và ngày làm bù năm ${year}</h1>
<p class="muted">Hạn xử lý (đăng văn bản, trả lời ý kiến…) được tính theo ngày làm việc: thứ Hai đến thứ Sáu, trừ các ngày nghỉ dưới đây, cộng các ngày làm bù.
Cổng có sẵn lịch năm 2026 và 2027; mỗi năm, khi Chính phủ công bố lịch nghỉ Tết, nghỉ bù và hoán đổi, quản trị viên cập nhật lại tại đây.</p>
<nav class="year-nav"><a href="${SCREEN}?nam=${year - 1}" rel="prev">‹ Năm ${year - 1}</a> · <a href="${SCREEN}?nam=${year + 1}" rel="next">Năm ${year + 1} ›</a></nav>
${entries.length === 0
    ? html`<p class="form-error" role="status" id="chua-co-lich">Chưa có ngày nghỉ lễ nào cho năm ${year}: hạn xử lý đang chỉ trừ thứ Bảy, Chủ nhật. Xin nhập lịch nghỉ của năm này.</p>`
    : html`<table class="audit-log working-days">
<caption class="visually-hidden">Các ngày khác lịch làm việc thường năm ${year}</caption>
<thead><tr><th scope="col">Ngày</th><th scope="col">Thứ</th><th scope="col">Loại</th><th scope="col">Tên</th><th scope="col">Nguồn</th><th scope="col"><span class="visually-hidden">Thao tác</span></th></tr></thead>
<tbody>${entries.map((e) => html`<tr data-day="${e.day}" data-kind="${e.kind}">
<td>${formatLocalDate(e.day)}</td><td>${weekdayName(e.day)}</td><td>${DAY_KIND_LABELS[e.kind]}</td><td>${e.name}</td><td>${e.addedBy === null ? 'Có sẵn' : 'Quản trị viên'}</td>
<td><form method="post" action="${SCREEN}/${e.day}/xoa" class="inline-form">${csrfField(csrfToken)}<button type="submit" aria-label="Xóa ngày ${formatLocalDate(e.day)}">Xóa</button></form></td>
</tr>`)}</tbody>
</table>`}
<h2>Thêm ngày</h2>
${Object.keys(form.errors).length > 0 ? html`<p class="form-error" role="alert">Biểu mẫu có chỗ chưa hợp lệ, xin xem các ô được đánh dấu.</p>` : ''}
<form method="post" action="${SCREEN}" class="form" id="them-ngay">
${csrfField(csrfToken)}
<p class="field"><label for="f-day">Ngày</label><br>
<input id="f-day" name="day" type="text" required maxlength="10" placeholder="ngày/tháng/năm" value="${form.values.day ?? ''}"${invalid(form, 'day')}>
<br><small class="muted">Theo dạng ngày/tháng/năm, ví dụ 27/04/2026.</small>${fieldError(form, 'day')}</p>
<p class="field"><label for="f-kind">Loại ngày</label><br>
<select id="f-kind" name="kind"${invalid(form, 'kind')}>${DAY_KINDS.map((k) => html`<option value="${k}"${k === kind ? html` selected` : ''}>${DAY_KIND_LABELS[k]}</option>`)}</select>
<br><small class="muted">Ngày nghỉ bù, hoán đổi: một ngày thứ Hai–thứ Sáu được nghỉ. Ngày làm bù: một ngày thứ Bảy hoặc Chủ nhật phải đi làm.</small>${fieldError(form, 'kind')}</p>
<p class="field"><label for="f-name">Tên ngày</label><br>
<input id="f-name" name="name" type="text" required maxlength="150" value="${form.values.name ?? ''}"${invalid(form, 'name')}>${fieldError(form, 'name')}</p>
<p><button type="submit">Thêm vào lịch</button></p>
</form>`
}
