import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { csrfField, errorSummary, notice, textareaField, trail, type FormState } from '../../admin-kit/index.ts'
import type { CodeKind } from '../monitoring-code.repository.ts'
import type { ReadSnippet } from '../snippet-reading.ts'

export const MONITORING_PATH = '/toa-soan/quan-tri/ma-theo-doi'
const LABELS: Record<CodeKind, string> = { emc: 'Mã giám sát EMC (Thông tư 22/2023)', analytics: 'Mã thống kê khác (không bắt buộc)' }
const crumbs = [{ label: 'Bàn làm việc', href: '/toa-soan' }, { label: 'Mã theo dõi' }]

/** The codes as pasted, and what the pages allow for them now. */
export function monitoringFormView(form: FormState, csrfToken: string, inForce: Record<CodeKind, ReadSnippet>, saved: boolean): SafeHtml {
  return html`${trail(crumbs)}
<h1>Mã theo dõi</h1>
${saved ? notice('Đã lưu mã theo dõi; các trang đã được làm mới.') : ''}
${errorSummary(form)}
<p>Dán mã do hệ thống EMC cấp (và nếu cần, một mã thống kê khác). Chỉ nhận thẻ &lt;script&gt;, &lt;img&gt; và &lt;noscript&gt;&lt;img&gt;&lt;/noscript&gt;. Trước khi lưu, trang sẽ cho xem các máy chủ mà mã được phép tải và gửi dữ liệu tới để bạn xác nhận.</p>
<form method="post" action="${MONITORING_PATH}" class="form">
${csrfField(csrfToken)}
${(['emc', 'analytics'] as const).map((kind) => textareaField(form, kind, LABELS[kind], 20_000))}
<p><button type="submit">Xem trước khi lưu</button></p>
</form>
<h2>Đang áp dụng trên các trang</h2>
${sourcesList(inForce)}`
}

/** The confirm step: what the policy will allow, exactly, before anything is saved. */
export function monitoringConfirmView(pasted: Record<CodeKind, string>, read: Record<CodeKind, ReadSnippet>, csrfToken: string): SafeHtml {
  return html`${trail(crumbs)}
<h1>Xác nhận mã theo dõi</h1>
<p>Sau khi lưu, mọi trang cho bạn đọc sẽ mang mã này trong phần &lt;head&gt; và chính sách bảo mật nội dung (CSP) sẽ cho phép đúng những nguồn dưới đây, không gì khác.</p>
${sourcesList(read)}
<form method="post" action="${MONITORING_PATH}" class="form">
${csrfField(csrfToken)}
<input type="hidden" name="emc" value="${pasted.emc}">
<input type="hidden" name="analytics" value="${pasted.analytics}">
<input type="hidden" name="confirmed" value="1">
<p><button type="submit">Xác nhận và lưu</button> <a href="${MONITORING_PATH}">Hủy</a></p>
</form>`
}

function sourcesList(read: Record<CodeKind, ReadSnippet>): SafeHtml {
  const rows = (['emc', 'analytics'] as const).filter((kind) => read[kind].parts.length > 0)
  if (rows.length === 0) return html`<p>Chưa có mã theo dõi nào.</p>`
  return html`${rows.map((kind) => html`<h3>${LABELS[kind]}</h3>
<dl class="monitoring-sources">
${line('Tải mã (script-src)', read[kind].scriptHosts)}
${line('Gửi dữ liệu tới (connect-src)', read[kind].connectHosts)}
${line('Tải ảnh (img-src)', read[kind].imageHosts)}
${line('Mã viết sẵn, cho phép theo mã băm', read[kind].hashes)}
</dl>`)}`
}

const line = (label: string, sources: readonly string[]) =>
  html`<dt>${label}</dt><dd>${sources.length === 0 ? 'không có' : html`<ul>${sources.map((s) => html`<li><code>${s}</code></li>`)}</ul>`}</dd>`
