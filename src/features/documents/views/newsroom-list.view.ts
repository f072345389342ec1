import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { DocumentStatus } from '../document.ts'
import { LISTS_PATH } from '../lists-admin.ts'
import type { DocumentListRow } from '../newsroom-list.repository.ts'
import { formatDay, STATUS_KEYS, STATUS_LABELS } from './newsroom-words.ts'

// The newsroom's list of documents, in the look of the articles' list (newsroom.css: list-filters,
// article-list-table, badges, pager), one table that stacks on a phone.

export const DOCUMENTS = '/toa-soan/van-ban'

export interface DocumentListAddress {
  search: string
  kindId: number | undefined
  issuerId: number | undefined
  status: DocumentStatus | undefined
  year: number | undefined
}

export interface DocumentListModel {
  address: DocumentListAddress
  rows: DocumentListRow[]
  total: number
  kinds: { id: number; name: string }[]
  issuers: { id: number; name: string; depth: number }[]
  years: number[]
  nextHref: string | undefined
  firstHref: string | undefined
  canSeeLate: boolean
}

/** The list's address with its filters (and the page after a cursor). */
export function documentListHref(a: DocumentListAddress, after?: { issuedOn: string; id: number }): string {
  const q = new URLSearchParams()
  if (a.search) q.set('tim', a.search)
  if (a.kindId !== undefined) q.set('loai', String(a.kindId))
  if (a.issuerId !== undefined) q.set('co-quan', String(a.issuerId))
  if (a.status) q.set('trang-thai', STATUS_KEYS[a.status])
  if (a.year !== undefined) q.set('nam', String(a.year))
  if (after) q.set('sau', `${after.issuedOn}.${after.id}`)
  const query = q.toString()
  return query ? `${DOCUMENTS}?${query}` : DOCUMENTS
}

export function documentListView(m: DocumentListModel): SafeHtml {
  const a = m.address
  return html`<h1>Văn bản</h1>
<p class="quick-links-row"><a class="button button-primary" href="${DOCUMENTS}/moi">Thêm văn bản</a> <a class="button button-secondary" href="${DOCUMENTS}/nhap">Nhập từ bảng tính</a> <a class="button button-secondary" href="${LISTS_PATH}/loai">Danh mục: loại, cơ quan, lĩnh vực</a>${m.canSeeLate ? html` <a class="button button-secondary" href="${DOCUMENTS}/dang-cham">Văn bản đăng chậm</a>` : ''}</p>
${filtersView(m)}
<p class="list-summary" role="status">${m.rows.length === 0 ? (a.search ? `Không tìm thấy văn bản nào với “${a.search}”.` : 'Không có văn bản nào.') : a.search ? `${m.total} văn bản tìm thấy với “${a.search}”.` : `${m.total} văn bản.`}</p>
${m.rows.length === 0 ? '' : html`<table class="article-list-table document-list">
<thead><tr><th scope="col">Số, ký hiệu</th><th scope="col">Trích yếu</th><th scope="col">Loại</th><th scope="col">Cơ quan ban hành</th><th scope="col">Ngày ban hành</th><th scope="col">Trạng thái</th></tr></thead>
<tbody>${m.rows.map(rowView)}</tbody>
</table>`}
${m.nextHref || m.firstHref ? html`<p class="pager">${m.firstHref ? html`<a class="button button-secondary" href="${m.firstHref}">Trang đầu</a>` : ''}${m.nextHref ? html`<a class="button button-secondary" href="${m.nextHref}" rel="next">Xem tiếp</a>` : ''}</p>` : ''}`
}

function filtersView(m: DocumentListModel): SafeHtml {
  const a = m.address
  const selected = (on: boolean) => (on ? html` selected` : '')
  const narrowed = a.kindId !== undefined || a.issuerId !== undefined || a.status !== undefined || a.year !== undefined
  return html`<form method="get" action="${DOCUMENTS}" class="list-filters" role="search" aria-label="Lọc văn bản">
<div class="list-search"><label for="tim">Tìm văn bản</label>
<div class="list-search-row"><input id="tim" name="tim" type="search" value="${a.search}" maxlength="200" autocomplete="off" aria-describedby="tim-goi-y">
<button type="submit" class="button button-primary">Tìm</button></div>
<small id="tim-goi-y" class="muted">Số, ký hiệu theo thứ tự bất kỳ (“qd 15 2021”) hoặc vài chữ của trích yếu, có dấu hay không dấu.</small></div>
<details class="more-filters"${narrowed ? html` open` : ''}><summary>Lọc thêm</summary>
<div class="filter-grid">
<div class="list-filter"><label for="loc-loai">Loại văn bản</label>
<select id="loc-loai" name="loai"><option value="">Mọi loại</option>${m.kinds.map((k) => html`<option value="${k.id}"${selected(k.id === a.kindId)}>${k.name}</option>`)}</select></div>
<div class="list-filter"><label for="loc-co-quan">Cơ quan ban hành</label>
<select id="loc-co-quan" name="co-quan"><option value="">Mọi cơ quan</option>${m.issuers.map((i) => html`<option value="${i.id}"${selected(i.id === a.issuerId)}>${'— '.repeat(i.depth)}${i.name}</option>`)}</select></div>
<div class="list-filter"><label for="loc-trang-thai">Trạng thái</label>
<select id="loc-trang-thai" name="trang-thai"><option value="">Mọi trạng thái</option>${(Object.keys(STATUS_KEYS) as DocumentStatus[]).map((s) => html`<option value="${STATUS_KEYS[s]}"${selected(s === a.status)}>${STATUS_LABELS[s]}</option>`)}</select></div>
<div class="list-filter"><label for="loc-nam">Năm ban hành</label>
<select id="loc-nam" name="nam"><option value="">Mọi năm</option>${m.years.map((y) => html`<option value="${y}"${selected(y === a.year)}>${y}</option>`)}</select></div>
<div class="list-filter-actions"><button type="submit" class="button button-primary">Áp dụng</button>
<a class="button button-secondary" href="${DOCUMENTS}">Bỏ lọc</a></div>
</div></details>
</form>`
}

function rowView(d: DocumentListRow): SafeHtml {
  const when = d.status === 'scheduled' && d.publishAt ? html`<br><small class="list-dates">hẹn ${formatNewsroomTime(d.publishAt)}</small>`
    : d.status === 'published' && d.publishedAt ? html`<br><small class="list-dates">đăng ${formatNewsroomTime(d.publishedAt)}</small>` : ''
  return html`<tr>
<td data-label="Số, ký hiệu"><a class="article-link" href="${DOCUMENTS}/${d.id}">${d.number}</a></td>
<td data-label="Trích yếu">${d.summary}</td>
<td data-label="Loại">${d.kindName}</td>
<td data-label="Cơ quan ban hành">${d.issuerName}</td>
<td data-label="Ngày ban hành">${formatDay(d.issuedOn)}</td>
<td data-label="Trạng thái"><span class="badge status-${STATUS_KEYS[d.status]}">${STATUS_LABELS[d.status]}</span>${when}</td>
</tr>`
}
