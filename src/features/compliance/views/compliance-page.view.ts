import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { csrfField, errorSummary, inputField, notice, selectField, textareaField, trail, type FormState } from '../../admin-kit/index.ts'
import type { ComplianceLine, LineState } from '../compliance-report.ts'
import { ACCESSIBILITY_RESULT_NAMES, ACCESSIBILITY_RESULTS } from '../compliance.repository.ts'
import { ACCESSIBILITY_PATH, THRESHOLD_PATH } from '../paths.ts'

// The state is said in words first; the badge's colour (the newsroom's own green, yellow, red)
// only repeats it.
export const STATE_WORDS: Record<LineState, string> = { met: 'Đạt', warning: 'Cần chú ý', not_met: 'Chưa đạt', not_applicable: 'Chưa áp dụng' }
const STATE_CLASS: Record<LineState, string> = { met: 'status-da-dang', warning: 'badge-pending', not_met: 'status-da-go', not_applicable: '' }

export interface CompliancePageModel {
  lines: readonly ComplianceLine[]
  csrfToken: string
  /** Only the administrator changes the threshold and records checks; others read the page. */
  canAdminister: boolean
  /** Who may open a newsroom address this user may not (their roles' names); undefined when this user may. */
  whoseWork(href: string): readonly string[] | undefined
  threshold: FormState
  accessibility: FormState
  saved?: string
}

// A screen this user would be refused at is not a link: the line says whose work it is.
function reachable(m: CompliancePageModel, href: string, link: SafeHtml, label: string): SafeHtml {
  const holders = m.whoseWork(href)
  if (!holders) return link
  return html`${label ? html`${label} ` : ''}<span class="compliance-whose">(việc của ${holders.length ? holders.join(', ') : 'người có quyền'})</span>`
}

export function compliancePageView(m: CompliancePageModel): SafeHtml {
  const count = (state: LineState) => m.lines.filter((l) => l.state === state).length
  return html`${trail([{ label: 'Bàn làm việc', href: '/toa-soan' }, { label: 'Trang tuân thủ' }])}
<h1>Trang tuân thủ</h1>
${m.saved ? notice(m.saved) : ''}
<p>Các nghĩa vụ của cổng thông tin điện tử cơ quan nhà nước, kiểm tra ngay lúc mở trang từ dữ liệu của cổng. Mỗi dòng dẫn tới nơi khắc phục.</p>
<p class="compliance-summary" role="status">${count('met')} đạt, ${count('warning')} cần chú ý, ${count('not_met')} chưa đạt, ${count('not_applicable')} chưa áp dụng.</p>
<h2 id="nghia-vu">Nghĩa vụ và tình trạng</h2>
<table class="article-list-table compliance-duties" aria-labelledby="nghia-vu">
<thead><tr><th scope="col">Nghĩa vụ</th><th scope="col">Căn cứ</th><th scope="col">Tình trạng</th><th scope="col">Chi tiết</th><th scope="col">Xử lý</th></tr></thead>
<tbody>${m.lines.map((line) => html`<tr id="nghia-vu-${line.duty.id}" data-duty="${line.duty.id}" data-state="${line.state}">
<th scope="row" data-label="Nghĩa vụ">${line.duty.name}</th>
<td data-label="Căn cứ">${line.duty.clauses.join('; ')}</td>
<td data-label="Tình trạng"><span class="badge ${STATE_CLASS[line.state]} compliance-state">${STATE_WORDS[line.state]}</span></td>
<td data-label="Chi tiết"><span class="compliance-detail">${line.detail}</span>${line.items.length ? html`<ul class="compliance-items">${line.items.map((i) => html`<li>${reachable(m, i.href, html`<a href="${i.href}">${i.label}</a>`, i.label)}</li>`)}</ul>` : ''}</td>
<td data-label="Xử lý">${line.href ? reachable(m, line.href, html`<a class="compliance-fix" href="${line.href}" aria-label="${line.state === 'met' ? 'Xem' : 'Sửa'}: ${line.duty.name}">${line.state === 'met' ? 'Xem' : 'Sửa'}</a>`, '') : '—'}</td>
</tr>`)}</tbody>
</table>
${m.canAdminister ? settingsForms(m) : ''}`
}

function settingsForms(m: CompliancePageModel): SafeHtml {
  const measured = m.lines.filter((l) => l.duty.threshold)
  return html`<h2 id="nguong">Ngưỡng đánh giá</h2>
${errorSummary(m.threshold)}
<form method="post" action="${THRESHOLD_PATH}" class="form">
${csrfField(m.csrfToken)}
${measured.map((l) => inputField(m.threshold, l.duty.id, `${l.duty.threshold!.label} (%)`, { required: true, maxlength: 3, inputmode: 'numeric', hint: 'Số nguyên từ 1 đến 100.' }))}
<p><button type="submit">Lưu ngưỡng</button></p>
</form>
<h2 id="kiem-tra-tiep-can">Ghi lại lần kiểm tra khả năng tiếp cận</h2>
<p>Sau khi kiểm tra các trang theo WCAG 2.1 mức AA (bằng bàn phím, trình đọc màn hình, độ tương phản), ghi lại ngày và kết quả. Mỗi lần ghi được giữ lại.</p>
${errorSummary(m.accessibility)}
<form method="post" action="${ACCESSIBILITY_PATH}" class="form">
${csrfField(m.csrfToken)}
${inputField(m.accessibility, 'checkedOn', 'Ngày kiểm tra', { required: true, maxlength: 10, hint: 'Ngày/tháng/năm, ví dụ 05/12/2026.' })}
${selectField(m.accessibility, 'result', 'Kết quả', [{ value: '', label: 'Chọn kết quả' }, ...ACCESSIBILITY_RESULTS.map((r) => ({ value: r, label: ACCESSIBILITY_RESULT_NAMES[r] }))])}
${textareaField(m.accessibility, 'note', 'Ghi chú (không bắt buộc: ai kiểm tra, công cụ, lỗi còn lại)', 500)}
<p><button type="submit">Ghi lại</button></p>
</form>`
}
