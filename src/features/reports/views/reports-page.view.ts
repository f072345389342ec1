import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { csrfField, errorSummary, inputField, notice, trail, type FormState } from '../../admin-kit/index.ts'
import type { MergeSuggestion } from '../author-names.ts'
import { monthLabel, type DateRange } from '../date-range.ts'
import { period } from '../report-files.ts'
import type { Cell, Report, ReportTable } from '../report.ts'
import type { AuthorAlias } from '../reports.repository.ts'
import { ALIAS_DELETE_PATH, ALIASES_PATH, csvPath, POINTS_PATH, REPORTS_PATH, XLSX_PATH } from '../paths.ts'

export interface ReportsPageModel {
  /** The period as typed (yyyy-mm-dd), with what is wrong with it. */
  rangeForm: FormState
  /** Undefined when the period typed was refused. */
  report: Report | undefined
  aliases: readonly AuthorAlias[]
  csrfToken: string
  /** The points and merge tables are the administrator's (reports.edit). */
  canEdit: boolean
  points: FormState
  alias: FormState
  saved?: string
  /** The month of the newest article, offered when the period has none. */
  latestMonth?: DateRange
}

/** Decimals the Vietnamese way ("12,5"); the files keep the number itself. */
const shown = (cell: Cell): string => (typeof cell === 'number' ? String(cell).replace('.', ',') : cell)

export function reportsPageView(m: ReportsPageModel): SafeHtml {
  const query = m.report ? `?tu=${m.report.range.from}&den=${m.report.range.to}` : ''
  return html`${trail([{ label: 'Bàn làm việc', href: '/toa-soan' }, { label: 'Báo cáo' }])}
<h1>Báo cáo</h1>
${m.saved ? notice(m.saved) : ''}
${rangeForm(m.rangeForm)}
${m.report ? html`<p class="report-period" role="status">Số liệu ${period(m.report)} (giờ Việt Nam).</p>
${m.report.articleCount === 0 && m.latestMonth ? html`<p class="report-hint">Không có bài nào xuất bản trong kỳ này. <a href="${REPORTS_PATH}?tu=${m.latestMonth.from}&amp;den=${m.latestMonth.to}">Xem tháng ${monthLabel(m.latestMonth.from.slice(0, 7))}</a>, tháng có bài mới nhất.</p>` : ''}
<p class="report-downloads"><a href="${XLSX_PATH}${query}" download>Tải tất cả bảng (Excel .xlsx)</a></p>
${m.report.tables.map((t) => tableView(t, query))}
${m.canEdit ? suggestionsView(m.report.suggestions, m.csrfToken) : ''}` : ''}
${aliasesView(m)}
${m.canEdit ? pointsForm(m) : ''}`
}

function rangeForm(form: FormState): SafeHtml {
  const field = (name: 'tu' | 'den', label: string) => html`<p class="field"><label for="f-${name}">${label}</label><br>
<input id="f-${name}" name="${name}" type="date" required value="${form.values[name] ?? ''}"${form.errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : ''}>
${form.errors[name] ? html`<br><span class="field-error" id="e-${name}">${form.errors[name]}</span>` : ''}</p>`
  return html`${errorSummary(form)}<form method="get" action="${REPORTS_PATH}" class="form report-range">
${field('tu', 'Từ ngày')}
${field('den', 'Đến ngày')}
<p><button type="submit">Xem báo cáo</button></p>
</form>`
}

function tableView(t: ReportTable, query: string): SafeHtml {
  const row = (cells: readonly Cell[]) => html`<th scope="row">${shown(cells[0] ?? '')}</th>${cells.slice(1).map((c) => html`<td${typeof c === 'number' ? html` class="number"` : ''}>${shown(c)}</td>`)}`
  return html`<section class="report" id="bang-${t.id}" data-table="${t.id}">
<h2 id="tieu-de-${t.id}">${t.title}</h2>
<p class="muted">${t.note}</p>
<p><a href="${csvPath(t.id)}${query}" download>Tải bảng «${t.title}» (CSV)</a></p>
${t.rows.length === 0 ? html`<p class="report-empty">Không có số liệu trong kỳ.</p>` : html`<table class="article-list-table report-table" aria-labelledby="tieu-de-${t.id}">
<thead><tr>${t.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${t.rows.map((r) => html`<tr>${row(r)}</tr>`)}</tbody>
${t.total ? html`<tfoot><tr>${row(t.total)}</tr></tfoot>` : ''}
</table>`}
</section>`
}

function suggestionsView(suggestions: readonly MergeSuggestion[], csrfToken: string): SafeHtml {
  if (suggestions.length === 0) return html``
  return html`<h2 id="goi-y-gop">Gợi ý gộp tên</h2>
<p>Các tên này chỉ khác nhau ở dấu hoặc dấu câu. Gộp nếu là một người (tên ký nhiều nhất được đề xuất).</p>
<ul class="merge-suggestions">${suggestions.map((s) => html`<li>${s.names.join(' · ')}${s.names.slice(1).map((alias) => html`
<form method="post" action="${ALIASES_PATH}" class="inline-form">${csrfField(csrfToken)}
<input type="hidden" name="aliasName" value="${alias}"><input type="hidden" name="authorName" value="${s.names[0]!}">
<button type="submit">Gộp «${alias}» vào «${s.names[0]!}»</button></form>`)}</li>`)}</ul>`
}

function aliasesView(m: ReportsPageModel): SafeHtml {
  return html`<h2 id="bang-gop-ten">Bảng gộp tên tác giả</h2>
<p>Mỗi dòng: bài ký tên bên trái được tính cho tác giả bên phải (không phân biệt chữ hoa, chữ thường).</p>
${m.aliases.length === 0 ? html`<p>Chưa gộp tên nào.</p>` : html`<table class="article-list-table author-aliases" aria-labelledby="bang-gop-ten">
<thead><tr><th scope="col">Tên ký trong bài</th><th scope="col">Tính cho tác giả</th>${m.canEdit ? html`<th scope="col">Xử lý</th>` : ''}</tr></thead>
<tbody>${m.aliases.map((a) => html`<tr><th scope="row">${a.aliasName}</th><td>${a.authorName}</td>${m.canEdit ? html`<td>
<form method="post" action="${ALIAS_DELETE_PATH}" class="inline-form">${csrfField(m.csrfToken)}<input type="hidden" name="aliasKey" value="${a.aliasKey}">
<button type="submit" aria-label="Bỏ gộp ${a.aliasName}">Bỏ gộp</button></form></td>` : ''}</tr>`)}</tbody>
</table>`}
${m.canEdit ? html`<h3 id="them-gop-ten">Gộp một tên</h3>
${errorSummary(m.alias)}
<form method="post" action="${ALIASES_PATH}" class="form">${csrfField(m.csrfToken)}
${inputField(m.alias, 'aliasName', 'Tên ký trong bài', { required: true, maxlength: 120, hint: 'Ví dụ: L.Hải' })}
${inputField(m.alias, 'authorName', 'Tính cho tác giả', { required: true, maxlength: 120, hint: 'Ví dụ: Lê Hải' })}
<p><button type="submit">Gộp tên</button></p>
</form>` : ''}`
}

function pointsForm(m: ReportsPageModel): SafeHtml {
  return html`<h2 id="bang-diem">Bảng điểm nhuận bút</h2>
${errorSummary(m.points)}
<form method="post" action="${POINTS_PATH}" class="form">${csrfField(m.csrfToken)}
${inputField(m.points, 'pointsBai', 'Điểm mỗi bài', { required: true, maxlength: 8, inputmode: 'decimal' })}
${inputField(m.points, 'pointsAnh', 'Điểm mỗi ảnh', { required: true, maxlength: 8, inputmode: 'decimal' })}
${inputField(m.points, 'pointsTin', 'Điểm mỗi tin', { required: true, maxlength: 8, inputmode: 'decimal' })}
${inputField(m.points, 'tinMaxWords', 'Tin là bài dưới bao nhiêu chữ', { required: true, maxlength: 5, inputmode: 'numeric', hint: 'Bài có phần nội dung ít chữ hơn số này được tính là tin.' })}
<p><button type="submit">Lưu bảng điểm</button></p>
</form>`
}
