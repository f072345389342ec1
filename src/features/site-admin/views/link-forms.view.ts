import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { EditableLink, EditableLinkGroup } from '../../links/index.ts'
import { ADMIN, csrfField, errorSummary, inputField, selectField, type FormState } from './admin-form.view.ts'

const BASE = `${ADMIN}/lien-ket`
const trail = html`<p><a href="${ADMIN}">Quản trị</a> › <a href="${BASE}">Liên kết website</a></p>`
const positionHint = 'Số nhỏ đứng trước; để trống để giữ nguyên hoặc xếp cuối.'

export function linkGroupFormView(group: EditableLinkGroup | undefined, form: FormState, csrfToken: string): SafeHtml {
  return html`${trail}
<h1>${group ? `Sửa nhóm “${group.name}”` : 'Thêm nhóm liên kết'}</h1>
${errorSummary(form)}
<form method="post" action="${BASE}/nhom${group ? `/${group.id}` : ''}" class="form">
${csrfField(csrfToken)}
${inputField(form, 'name', 'Tên nhóm', { required: true, maxlength: 150, hint: 'Ví dụ: Cơ quan Trung ương, Các sở, ngành' })}
${inputField(form, 'position', 'Thứ tự', { maxlength: 4, inputmode: 'numeric', hint: positionHint })}
<p><button type="submit">Lưu</button> <a href="${BASE}">Hủy</a></p>
</form>`
}

export function linkFormView(link: EditableLink | undefined, groups: EditableLinkGroup[], form: FormState, csrfToken: string): SafeHtml {
  return html`${trail}
<h1>${link ? `Sửa liên kết “${link.name}”` : 'Thêm liên kết'}</h1>
${errorSummary(form)}
<form method="post" action="${BASE}${link ? `/${link.id}` : ''}" class="form">
${csrfField(csrfToken)}
${selectField(form, 'groupId', 'Nhóm', [{ value: '', label: '— Chọn nhóm —' }, ...groups.map((g) => ({ value: String(g.id), label: g.name }))])}
${inputField(form, 'name', 'Tên trang', { required: true, maxlength: 150, hint: 'Như sẽ hiện trong khối “Liên kết website”' })}
${inputField(form, 'url', 'Địa chỉ', { type: 'url', required: true, maxlength: 500, hint: 'Bắt đầu bằng https:// hoặc http://' })}
${inputField(form, 'position', 'Thứ tự', { maxlength: 4, inputmode: 'numeric', hint: positionHint })}
<p><button type="submit">Lưu</button> <a href="${BASE}">Hủy</a></p>
</form>`
}
