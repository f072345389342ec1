import type { Locale } from '../../../platform/i18n/index.ts'
import { formatNewsroomTime } from '../../../platform/text/time.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { ratingMessages } from '../messages.ts'
import { RATING_REASONS, REASON_CODES, type RatingReason } from '../rating.ts'
import type { ItemTotals, RatingComment, SurveyComment, SurveyTotals } from '../rating.repository.ts'
import { surveyChartsView } from './survey.view.ts'

export interface RatedItem extends ItemTotals {
  /** Its title and public address, when it is still published. */
  title?: string
  address?: string
}

export interface RatingsReportModel {
  kinds: readonly { value: string; label: string }[]
  periods: readonly { value: string; label: string }[]
  filter: { kind: string; period: string }
  items: readonly RatedItem[]
  comments: readonly (RatingComment & { title?: string })[]
  survey: SurveyTotals
  surveyComments: readonly SurveyComment[]
  kindName: (kind: string) => string
}

/** /toa-soan/danh-gia: what readers said of each item, the least helpful first, and the survey's charts. */
export function ratingsReportView(model: RatingsReportModel, locale: Locale): SafeHtml {
  const t = locale.t(ratingMessages)
  const reasonWords = (code: string) => (code in RATING_REASONS ? t(RATING_REASONS[code as RatingReason]) : code)
  const percent = new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 0 })
  return html`<h1>Đánh giá của bạn đọc</h1>
<form method="get" action="/toa-soan/danh-gia" class="filters">
<label for="loai">Loại nội dung</label> <select id="loai" name="loai">
<option value=""${model.filter.kind === '' ? ' selected' : ''}>Tất cả</option>
${model.kinds.map((k) => html`<option value="${k.value}"${model.filter.kind === k.value ? ' selected' : ''}>${k.label}</option>`)}
</select>
<label for="ky">Thời gian</label> <select id="ky" name="ky">
${model.periods.map((p) => html`<option value="${p.value}"${model.filter.period === p.value ? ' selected' : ''}>${p.label}</option>`)}
</select>
<button type="submit">Lọc</button>
</form>
<h2>“Thông tin này có hữu ích không?”</h2>
${model.items.length === 0 ? html`<p>Chưa có đánh giá nào trong thời gian này.</p>` : html`<table class="ratings">
<caption>Theo từng nội dung, ít hữu ích nhất trước</caption>
<thead><tr><th scope="col">Nội dung</th><th scope="col">Loại</th><th scope="col">Có</th><th scope="col">Không</th><th scope="col">Hữu ích</th><th scope="col">Lý do “Không”</th></tr></thead>
<tbody>${model.items.map((item) => html`<tr>
<th scope="row">${item.address ? html`<a href="${item.address}">${item.title}</a>` : html`#${item.itemId} <span class="muted">(không còn công khai)</span>`}</th>
<td>${model.kindName(item.kind)}</td><td>${locale.number(item.yes)}</td><td>${locale.number(item.no)}</td>
<td>${percent.format(item.yes / Math.max(1, item.yes + item.no))}</td>
<td>${REASON_CODES.filter((code) => item.reasons[code]).map((code, i) => html`${i > 0 ? '; ' : ''}${reasonWords(code)}: ${locale.number(item.reasons[code]!)}`)}</td>
</tr>`)}</tbody>
</table>`}
${model.comments.length > 0 ? html`<h2>Góp ý kèm đánh giá (không công khai)</h2>
<ul class="rating-comments">${model.comments.map((c) => html`<li><p>${c.comment}</p><p class="muted">${formatNewsroomTime(c.createdAt)} · ${model.kindName(c.kind)} ${c.title ? html`“${c.title}”` : `#${c.itemId}`} · ${c.helpful ? 'Có' : 'Không'}${c.reason ? html` (${reasonWords(c.reason)})` : ''}</p></li>`)}</ul>` : ''}
<h2>Khảo sát ý kiến về cổng thông tin</h2>
${model.survey.answers > 0 ? html`<p>${locale.number(model.survey.answers)} câu trả lời trong thời gian này. <a href="/khao-sat/ket-qua">Trang kết quả công khai</a></p>` : ''}
${surveyChartsView(model.survey, locale, 'h3')}
${model.surveyComments.length > 0 ? html`<h3>Góp ý trong khảo sát (không công khai)</h3>
<ul class="survey-comments">${model.surveyComments.map((c) => html`<li><p>${c.comment}</p><p class="muted">${formatNewsroomTime(c.createdAt)}</p></li>`)}</ul>` : ''}`
}
