import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import type { FieldDiff } from '../revision-diff.ts'
import type { Revision } from '../revision.repository.ts'

export function revisionView(articleId: number, revision: Revision, diffs: FieldDiff[], csrfToken: string, canRestore: boolean, version: number): SafeHtml {
  return html`<h1>Lần lưu lúc ${formatNewsroomTime(revision.savedAt)}</h1>
<p>Người lưu: ${revision.userName ?? '—'} · <a href="/toa-soan/bai-viet/${articleId}">Về bài viết</a></p>
<p class="muted">So với bài hiện tại: <del>chữ bị bỏ</del> nếu khôi phục, <ins>chữ được thêm</ins> nếu khôi phục.</p>
${diffs.length === 0 ? html`<p>Lần lưu này giống hệt bài hiện tại.</p>` : diffs.map((d, i) => html`<section class="diff" aria-labelledby="khac-${i}"><h2 id="khac-${i}">${d.label}</h2>
<p>${d.parts.map((p) => (p.change === 'added' ? html`<ins>${p.text}</ins>` : p.change === 'removed' ? html`<del>${p.text}</del>` : p.text))}</p></section>`)}
${canRestore && diffs.length > 0 ? html`<form method="post" action="/toa-soan/bai-viet/${articleId}/phien-ban/${revision.id}/khoi-phuc">
<input type="hidden" name="_csrf" value="${csrfToken}">
<input type="hidden" name="version" value="${version}">
<button type="submit">Khôi phục lần lưu này</button>
</form>` : ''}`
}
