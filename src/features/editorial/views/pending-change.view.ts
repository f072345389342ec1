import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { FieldDiff } from '../revision-diff.ts'
import { diffSections } from './diff.view.ts'

export const PENDING_CHANGE_LABEL = 'Có thay đổi chờ duyệt'

/** The mark lists put beside an article whose change to its live text waits for review. */
export const pendingChangeBadge = html`<span class="badge badge-pending">${PENDING_CHANGE_LABEL}</span>`

/**
 * Above the editor of a published article with a change waiting: what readers see is still
 * the approved text; the form holds the change. The difference (title, lead, body text and the
 * rest, word by word) is open for whoever may accept it, and a click away for the others.
 */
export function pendingChangeView(articleId: number, p: { savedByName: string | null; updatedAt: Date; diffs: FieldDiff[]; mayDecide: boolean }): SafeHtml {
  return html`<section class="notice pending-change" aria-labelledby="cho-duyet">
<h2 id="cho-duyet">${PENDING_CHANGE_LABEL}</h2>
<p>Bài có bản sửa chờ duyệt, lưu lần cuối bởi ${p.savedByName ?? '—'} lúc ${formatNewsroomTime(p.updatedAt)}. Bạn đọc vẫn thấy bản đã duyệt; các ô dưới đây là bản sửa.
<a href="/toa-soan/bai-viet/${articleId}/ban-sua">${p.mayDecide ? 'Xem và quyết định' : 'Xem bản sửa'}</a></p>
${p.diffs.length > 0 ? html`<details class="pending-diff"${p.mayDecide ? html` open` : ''}><summary>So với bản đang đăng: <del>chữ bị bỏ</del>, <ins>chữ được thêm</ins></summary>
${diffSections(p.diffs, 'cd')}
</details>` : ''}
</section>`
}
