import type { SafeHtml } from '../../../platform/views/html.ts'
import { adminFormView, inputField, positionField, selectField, type FormState } from '../../admin-kit/index.ts'
import type { EditableLink, EditableLinkGroup } from '../../links/index.ts'
import { ADMIN, SITE_ADMIN } from './admin-form.view.ts'

const BASE = `${ADMIN}/lien-ket`
const trail = [SITE_ADMIN, { label: 'Liên kết website', href: BASE }]

export function linkGroupFormView(group: EditableLinkGroup | undefined, form: FormState, csrfToken: string): SafeHtml {
  return adminFormView({
    trail, heading: group ? `Sửa nhóm “${group.name}”` : 'Thêm nhóm liên kết',
    action: `${BASE}/nhom${group ? `/${group.id}` : ''}`, form, csrfToken,
    fields: [
      inputField(form, 'name', 'Tên nhóm', { required: true, maxlength: 150, hint: 'Ví dụ: Cơ quan Trung ương, Các sở, ngành' }),
      positionField(form),
    ],
  })
}

export function linkFormView(link: EditableLink | undefined, groups: EditableLinkGroup[], form: FormState, csrfToken: string): SafeHtml {
  return adminFormView({
    trail, heading: link ? `Sửa liên kết “${link.name}”` : 'Thêm liên kết',
    action: `${BASE}${link ? `/${link.id}` : ''}`, form, csrfToken,
    fields: [
      selectField(form, 'groupId', 'Nhóm', [{ value: '', label: '— Chọn nhóm —' }, ...groups.map((g) => ({ value: String(g.id), label: g.name }))]),
      inputField(form, 'name', 'Tên trang', { required: true, maxlength: 150, hint: 'Như sẽ hiện trong khối “Liên kết website”' }),
      inputField(form, 'url', 'Địa chỉ', { type: 'url', required: true, maxlength: 500, hint: 'Bắt đầu bằng https:// hoặc http://' }),
      positionField(form),
    ],
  })
}
