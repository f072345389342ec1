import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { LateDocument } from '../late-documents.ts'
import { DOCUMENTS } from './newsroom-list.view.ts'
import { formatDay } from './newsroom-words.ts'

export const LATE_DOCUMENTS = `${DOCUMENTS}/dang-cham`

export interface LateListModel {
  year: number | undefined
  years: number[]
  documents: LateDocument[]
  allowedDays: number
}

/** The documents published more than two working days after their issue date, for the administrator. */
export function lateListView(m: LateListModel): SafeHtml {
  return html`<p><a href="${DOCUMENTS}">← Văn bản</a></p>
<h1>Văn bản đăng chậm</h1>
<p>Văn bản đã đăng sau ngày ban hành quá ${m.allowedDays} ngày làm việc (không tính thứ Bảy, Chủ nhật, ngày lễ, ngày nghỉ theo lịch ngày làm việc của cổng).</p>
<form method="get" action="${LATE_DOCUMENTS}" class="filters" aria-label="Chọn năm ban hành">
<label for="loc-nam">Năm ban hành</label>
<select id="loc-nam" name="nam"><option value="">Mọi năm</option>${m.years.map((y) => html`<option value="${y}"${y === m.year ? html` selected` : ''}>${y}</option>`)}</select>
<button type="submit" class="button button-secondary">Xem</button>
</form>
<p class="list-summary" role="status">${m.documents.length === 0 ? 'Không có văn bản nào đăng chậm.' : `${m.documents.length} văn bản đăng chậm.`}</p>
${m.documents.length === 0 ? '' : html`<table class="article-list-table late-documents">
<thead><tr><th scope="col">Số, ký hiệu</th><th scope="col">Trích yếu</th><th scope="col">Ngày ban hành</th><th scope="col">Đăng lúc</th><th scope="col">Số ngày làm việc</th></tr></thead>
<tbody>${m.documents.map((d) => html`<tr>
<td data-label="Số, ký hiệu"><a class="article-link" href="${DOCUMENTS}/${d.id}">${d.number}</a></td>
<td data-label="Trích yếu">${d.summary}</td>
<td data-label="Ngày ban hành">${formatDay(d.issuedOn)}</td>
<td data-label="Đăng lúc">${formatNewsroomTime(d.publishedAt)}</td>
<td data-label="Số ngày làm việc" class="working-days">${d.workingDays}</td>
</tr>`)}</tbody>
</table>`}`
}
