import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { actionButton, adminListView, moveButtons } from '../../admin-kit/index.ts'
import type { EditableLinkGroup } from '../../links/index.ts'
import { ADMIN, SITE_ADMIN } from './admin-form.view.ts'

const BASE = `${ADMIN}/lien-ket`

/** The "Liên kết website" block as readers see it, group by group, with the administrator's actions. */
export function linksView(groups: EditableLinkGroup[], csrfToken: string, message?: string): SafeHtml {
  return adminListView({
    trail: [SITE_ADMIN, { label: 'Liên kết website' }], heading: 'Liên kết website', message,
    add: { href: `${BASE}/nhom/moi`, label: 'Thêm nhóm liên kết' },
    empty: 'Chưa có nhóm liên kết nào.',
    items: groups.length === 0 ? undefined : html`${groups.map((g) => html`<section class="link-group" data-id="${g.id}" aria-labelledby="nhom-${g.id}">
<h2 id="nhom-${g.id}">${g.name}</h2>
<div class="group-actions"><a href="${BASE}/nhom/${g.id}">Sửa tên nhóm</a> ${moveButtons(`${BASE}/nhom/${g.id}`, g.name, csrfToken)}
${actionButton(`${BASE}/nhom/${g.id}/xoa`, 'Xóa nhóm', csrfToken, `Xóa nhóm “${g.name}”`)}
· <a href="${BASE}/moi?nhom=${g.id}">Thêm liên kết vào nhóm</a></div>
${g.links.length === 0 ? html`<p class="muted">Nhóm chưa có liên kết; nhóm trống không hiện trên trang công khai.</p>` : html`<ul class="admin-links">
${g.links.map((l) => html`<li data-id="${l.id}"><a class="link-name" href="${BASE}/${l.id}">${l.name}</a> <small class="muted">${l.url}</small>
${moveButtons(`${BASE}/${l.id}`, l.name, csrfToken)}
${actionButton(`${BASE}/${l.id}/xoa`, 'Xóa', csrfToken, `Xóa liên kết “${l.name}”`)}</li>`)}
</ul>`}
</section>`)}`,
  })
}
