import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { actionButton, adminListView, moveButtons } from '../../admin-kit/index.ts'
import type { Category, CategoryTree } from '../../categories/index.ts'
import { ADMIN, SITE_ADMIN } from './admin-form.view.ts'

const BASE = `${ADMIN}/chuyen-muc`

/** The category tree as readers' menus show it, with what an administrator can do to each. */
export function categoriesView(tree: CategoryTree, csrfToken: string, message?: string): SafeHtml {
  const branch = (categories: Category[]): SafeHtml => html`<ul class="category-tree">${categories.map((c) => html`<li data-id="${c.id}">
<a class="category-name" href="${BASE}/${c.id}">${c.name}</a> <small class="muted">${tree.url(c.id)}</small>
${moveButtons(`${BASE}/${c.id}`, c.name, csrfToken)}
<a href="${BASE}/moi?cha=${c.id}">Thêm chuyên mục con</a>
· <a href="${tree.url(c.id)}">Xem</a>
${actionButton(`${BASE}/${c.id}/xoa`, 'Xóa', csrfToken, `Xóa chuyên mục “${c.name}”`)}
${tree.childrenOf(c.id).length > 0 ? branch(tree.childrenOf(c.id)) : ''}
</li>`)}</ul>`
  return adminListView({
    trail: [SITE_ADMIN, { label: 'Chuyên mục' }], heading: 'Chuyên mục', message,
    add: { href: `${BASE}/moi`, label: 'Thêm chuyên mục' },
    items: tree.roots().length > 0 ? branch(tree.roots()) : undefined, empty: 'Chưa có chuyên mục nào.',
    note: 'Thứ tự ở đây là thứ tự trên trình đơn của trang công khai. Chỉ xóa được chuyên mục không còn bài viết và chuyên mục con.',
  })
}
