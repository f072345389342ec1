import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Category, CategoryTree } from '../../categories/index.ts'
import { roleName, roles } from '../role.ts'
import { NAME_MAX, type UserFormValues } from '../user-form.ts'
import type { NewsroomUser } from '../user.ts'
import { resendInvitationForm } from './password.view.ts'

export interface UserFormModel {
  /** The user being edited; none when inviting. */
  user?: NewsroomUser
  values: UserFormValues
  errors: Record<string, string>
  tree: CategoryTree
  csrfToken: string
  /** The administrator is looking at their own account. */
  isSelf: boolean
  saved: boolean
  /** Whether the user may publish their own changes (editing only). */
  ownChangeGrant?: boolean

  /** Whether the user being edited has an authenticator. */
  secondFactorOn?: boolean
  /** Mail is on: a reset sends a link, and an invitation can be sent again. */
  mailEnabled?: boolean
}

const error = (name: string, errors: Record<string, string>) =>
  (errors[name] ? html`<br><span class="field-error" id="e-${name}">${errors[name]}</span>` : '')
const described = (name: string, errors: Record<string, string>) => (errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : '')

function categoryChoices(tree: CategoryTree, checked: readonly number[]): SafeHtml {
  const list = (categories: Category[]): SafeHtml => html`<ul class="category-choices">${categories.map((c) => html`<li>
<label><input type="checkbox" name="categoryIds" value="${c.id}"${checked.includes(c.id) ? html` checked` : ''}> ${c.name}</label>
${tree.childrenOf(c.id).length > 0 ? list(tree.childrenOf(c.id)) : ''}</li>`)}</ul>`
  return tree.roots().length === 0 ? html`<p class="muted">Chưa có chuyên mục nào.</p>` : list(tree.roots())
}

export function userFormView(m: UserFormModel): SafeHtml {
  const { values: v, errors: e, user } = m
  return html`<h1>${user ? `Người dùng: ${user.name}` : 'Mời người dùng mới'}</h1>
<p><a href="/toa-soan/nguoi-dung">← Danh sách người dùng</a></p>
${m.saved ? html`<p class="notice" role="status">Đã lưu các thay đổi.</p>` : ''}
${Object.keys(e).length > 0 ? html`<p class="form-error" role="alert">Biểu mẫu có chỗ chưa hợp lệ, xin xem các ô được đánh dấu.</p>` : ''}
<form method="post" action="${user ? `/toa-soan/nguoi-dung/${user.id}` : '/toa-soan/nguoi-dung'}" class="form user-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
${user ? html`<p>Thư điện tử: <strong>${user.email}</strong></p>` : html`<p class="field"><label for="f-email">Thư điện tử</label><br>
<input id="f-email" name="email" type="email" autocomplete="off" required maxlength="254" value="${v.email}"${described('email', e)}>${error('email', e)}</p>`}
<p class="field"><label for="f-name">Họ tên</label><br>
<input id="f-name" name="name" type="text" required maxlength="${NAME_MAX}" value="${v.name}"${described('name', e)}>${error('name', e)}</p>
<p class="field"><label for="f-role">Vai trò</label><br>
<select id="f-role" name="role" required${described('role', e)}><option value="">— Chọn vai trò —</option>${roles().map((r) => html`<option value="${r}"${r === v.role ? html` selected` : ''}>${roleName(r)}</option>`)}</select>${error('role', e)}</p>
<fieldset aria-describedby="h-categoryIds${e.categoryIds ? ' e-categoryIds' : ''}"><legend>Giới hạn chuyên mục</legend>
<p class="muted" id="h-categoryIds">Không chọn chuyên mục nào: làm việc ở mọi chuyên mục. Chọn một chuyên mục cha không bao gồm các chuyên mục con.</p>
${categoryChoices(m.tree, v.categoryIds)}${error('categoryIds', e)}
</fieldset>
${user ? html`<p class="field"><label><input id="f-isActive" name="isActive" type="checkbox" value="1"${v.isActive ? html` checked` : ''}${described('isActive', e)}> Đang hoạt động (bỏ chọn để khóa tài khoản và đăng xuất người này khỏi mọi thiết bị)</label>${error('isActive', e)}</p>` : ''}
<p><button type="submit">${user ? 'Lưu' : 'Tạo tài khoản'}</button></p>
</form>
${user ? passwordSection(user, m.isSelf, m.csrfToken, m.mailEnabled ?? false) : ''}
${user && m.ownChangeGrant !== undefined ? ownChangeGrantSection(user, m.ownChangeGrant, m.csrfToken) : ''}
${user ? secondFactorSection(user, m.isSelf, m.secondFactorOn ?? false, m.csrfToken) : ''}`
}

function passwordSection(user: NewsroomUser, isSelf: boolean, csrfToken: string, mailEnabled: boolean): SafeHtml {
  return html`<section aria-labelledby="mat-khau"><h2 id="mat-khau">Mật khẩu</h2>
${isSelf ? html`<p>Để đổi mật khẩu của chính bạn, xin dùng trang <a href="/toa-soan/mat-khau">Đổi mật khẩu</a>.</p>` : html`<p>${mailEnabled
    ? `Đặt lại mật khẩu sẽ vô hiệu mật khẩu hiện tại, gửi cho ${user.name} một thư có liên kết để tự đặt mật khẩu mới, và đăng xuất người này khỏi mọi thiết bị.`
    : `Đặt lại mật khẩu sẽ tạo một mật khẩu ngẫu nhiên mới, hiện một lần cho bạn chuyển cho ${user.name} (người này phải đổi nó ở lần đăng nhập tới), và đăng xuất người này khỏi mọi thiết bị.`}</p>
${mailEnabled ? html`<p>Người dùng chưa nhận được thư mời, hoặc để liên kết hết hạn?</p>${resendInvitationForm(user.id, csrfToken)}` : ''}
<form method="post" action="/toa-soan/nguoi-dung/${user.id}/mat-khau" class="reset-password">
<input type="hidden" name="_csrf" value="${csrfToken}">
<button type="submit">Đặt lại mật khẩu</button>
</form>`}
</section>`
}

function ownChangeGrantSection(user: NewsroomUser, granted: boolean, csrfToken: string): SafeHtml {
  return html`<section aria-labelledby="tu-xuat-ban"><h2 id="tu-xuat-ban">Tự xuất bản bản sửa của mình</h2>
<p>${granted ? 'Đang cho phép' : 'Không cho phép'}: thường thì mọi bản sửa bài đã duyệt hoặc đã đăng phải được một người thứ hai duyệt. Chỉ cho phép khi cơ quan chỉ có một lãnh đạo duyệt bài; bản sửa của ${user.name} khi đó lên trang ngay (vẫn ghi nhật ký), và chỉ ở chuyên mục người này có quyền xuất bản.</p>
<form method="post" action="/toa-soan/nguoi-dung/${user.id}/tu-xuat-ban" class="own-change-grant">
<input type="hidden" name="_csrf" value="${csrfToken}">
<input type="hidden" name="granted" value="${granted ? '0' : '1'}">
<button type="submit">${granted ? 'Thu hồi quyền tự xuất bản' : 'Cho phép tự xuất bản bản sửa của mình'}</button>
</form>
</section>`
}

function secondFactorSection(user: NewsroomUser, isSelf: boolean, on: boolean, csrfToken: string): SafeHtml {
  return html`<section aria-labelledby="xac-thuc"><h2 id="xac-thuc">Xác thực hai bước</h2>
<p id="trang-thai-xac-thuc">${on ? 'Đang bật.' : 'Chưa bật.'}</p>
${on && !isSelf ? html`<p>Khi ${user.name} mất điện thoại: đặt lại sẽ xóa ứng dụng xác thực và mã khôi phục của họ, đăng xuất họ khỏi mọi thiết bị; họ cài đặt lại ở lần đăng nhập tới.</p>
<form method="post" action="/toa-soan/nguoi-dung/${user.id}/xac-thuc-hai-buoc" class="reset-second-factor">
<input type="hidden" name="_csrf" value="${csrfToken}">
<button type="submit">Đặt lại xác thực hai bước</button>
</form>` : ''}
</section>`
}
