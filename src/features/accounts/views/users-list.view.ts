import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { roleName } from '../role.ts'
import type { NewsroomUser } from '../user.ts'

/** `users` come sorted by name; `categoryName` names a category limit. */
export function usersListView(users: NewsroomUser[], categoryName: (id: number) => string): SafeHtml {
  return html`<h1>Người dùng</h1>
<p><a class="more" href="/toa-soan/nguoi-dung/moi">Mời người dùng mới</a></p>
${users.length === 0 ? html`<p>Chưa có người dùng nào.</p>` : html`<table class="audit-log users">
<caption class="visually-hidden">Người dùng của tòa soạn, xếp theo họ tên</caption>
<thead><tr><th scope="col">Họ tên</th><th scope="col">Thư điện tử</th><th scope="col">Vai trò</th><th scope="col">Chuyên mục</th><th scope="col">Trạng thái</th></tr></thead>
<tbody>${users.map((u) => html`<tr${u.isActive ? '' : html` class="inactive"`}>
<td><a href="/toa-soan/nguoi-dung/${u.id}">${u.name}</a></td>
<td>${u.email}</td>
<td>${roleName(u.role)}</td>
<td>${u.categoryIds.length === 0 ? 'Mọi chuyên mục' : u.categoryIds.map(categoryName).join(', ')}</td>
<td>${u.isActive ? 'Đang hoạt động' : 'Đã khóa'}</td>
</tr>`)}</tbody>
</table>`}`
}
