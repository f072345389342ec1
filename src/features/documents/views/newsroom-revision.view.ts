import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { diffSections, type FieldDiff } from '../../editorial/index.ts'
import type { VersionText } from '../revision-texts.ts'
import { DOCUMENTS } from './newsroom-list.view.ts'

// One saved version of a document in the newsroom: its fields, what restoring it would change in
// the document as it is now (word by word, as the articles' editor shows it), and the button.

export interface RevisionPageModel {
  documentId: number
  documentNumber: string
  revisionId: number
  savedAt: Date
  savedByName: string | null
  fields: VersionText[]
  diffs: FieldDiff[]
  csrfToken: string
  /** The document's version now (its updatedAt in ms): the restore carries it. Whoever may open the page (document.edit) may restore. */
  version: number
  /** Why a restore was refused (someone saved meanwhile, a list entry is gone…). */
  errors: string[]
}

export function documentRevisionView(m: RevisionPageModel): SafeHtml {
  const base = `${DOCUMENTS}/${m.documentId}`
  return html`<h1>Phiên bản lưu lúc ${formatNewsroomTime(m.savedAt)}</h1>
<p>Văn bản ${m.documentNumber} · Người lưu: ${m.savedByName ?? '—'} · <a href="${base}">Về văn bản</a></p>
${m.errors.length ? html`<div class="form-errors" role="alert">${m.errors.map((e) => html`<p>${e}</p>`)}</div>` : ''}
<section aria-labelledby="noi-dung-phien-ban"><h2 id="noi-dung-phien-ban">Nội dung phiên bản</h2>
<dl class="revision-fields">${m.fields.map(([label, text]) => html`<dt>${label}</dt><dd>${text || '—'}</dd>`)}</dl>
<p class="muted">Tệp đính kèm không thuộc phiên bản: khôi phục không thêm, không bớt tệp nào. Quan hệ do văn bản khác đặt tới văn bản này và thời gian lấy ý kiến (đặt ở trang góp ý dự thảo) cũng được giữ nguyên.</p>
</section>
<section aria-labelledby="so-voi-hien-tai"><h2 id="so-voi-hien-tai">So với văn bản hiện tại</h2>
${m.diffs.length === 0 ? html`<p>Phiên bản này giống hệt văn bản hiện tại.</p>` : html`<p class="muted">Nếu khôi phục: <del>chữ bị bỏ</del>, <ins>chữ được thêm</ins>.</p>
${diffSections(m.diffs, 'khac')}`}
</section>
${m.diffs.length > 0 ? html`<form method="post" action="${base}/phien-ban/${m.revisionId}/khoi-phuc">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<input type="hidden" name="version" value="${m.version}">
<button type="submit">Khôi phục phiên bản này</button>
</form>` : ''}`
}
