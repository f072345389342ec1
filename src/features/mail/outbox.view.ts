import { formatNewsroomTime } from '../../platform/text/time.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import type { MailState } from './mail.table.ts'
import type { OutboxRow } from './outbox.repository.ts'

export const OUTBOX_PATH = '/toa-soan/quan-tri/thu-di'

export const STATE_WORDS: Record<MailState, string> = { waiting: 'Chờ gửi', sending: 'Đang gửi', sent: 'Đã gửi', failed: 'Không gửi được' }

export interface OutboxModel {
  enabled: boolean
  state: MailState | undefined
  counts: Record<MailState, number>
  mail: OutboxRow[]
  csrfToken: string
  retried: boolean
}

/** The administrator's view of outgoing mail: what waits, what went, what failed and why, and "send again". */
export function outboxView(m: OutboxModel): SafeHtml {
  const total = Object.values(m.counts).reduce((a, b) => a + b, 0)
  const tab = (state: MailState | undefined, label: string, count: number) => html`<li><a href="${state ? `${OUTBOX_PATH}?tinh-trang=${state}` : OUTBOX_PATH}"${state === m.state ? html` aria-current="page"` : ''}>${label} (${count})</a></li>`
  return html`<h1>Thư đi</h1>
${m.enabled ? '' : html`<p class="notice notice-warning" role="status">Thư điện tử đang tắt: chưa đặt biến môi trường <code>SMTP_URL</code>. Thư được giữ lại và sẽ gửi khi có máy chủ thư; lời mời vào tòa soạn hiện mật khẩu dùng một lần trên màn hình.</p>`}
${m.retried ? html`<p class="notice" role="status">Thư đã được đưa lại vào hàng chờ gửi.</p>` : ''}
<nav aria-label="Lọc theo tình trạng"><ul class="tabs">
${tab(undefined, 'Tất cả', total)}${(['waiting', 'sending', 'sent', 'failed'] as const).map((s) => tab(s, STATE_WORDS[s], m.counts[s]))}
</ul></nav>
${m.mail.length === 0 ? html`<p class="list-summary">Không có thư nào.</p>` : html`<table class="article-list-table outbox">
<thead><tr><th scope="col">Lúc tạo</th><th scope="col">Loại thư</th><th scope="col">Người nhận</th><th scope="col">Tiêu đề</th><th scope="col">Tình trạng</th><th scope="col">Số lần thử</th></tr></thead>
<tbody>${m.mail.map((mail) => html`<tr>
<td data-label="Lúc tạo">${formatNewsroomTime(mail.createdAt)}</td>
<td data-label="Loại thư">${mail.kind}</td>
<td data-label="Người nhận">${mail.to}</td>
<td data-label="Tiêu đề">${mail.subject}</td>
<td data-label="Tình trạng">${STATE_WORDS[mail.state]}${stateDetail(mail, m.csrfToken)}</td>
<td data-label="Số lần thử">${mail.attempts}</td>
</tr>`)}</tbody></table>`}`
}

function stateDetail(mail: OutboxRow, csrfToken: string): SafeHtml | string {
  if (mail.state === 'sent' && mail.sentAt) return html`<br><small>lúc ${formatNewsroomTime(mail.sentAt)}</small>`
  const error = mail.lastError ? html`<br><small>Lỗi lần trước: ${mail.lastError}</small>` : ''
  if (mail.state === 'waiting') return html`${error}${mail.attempts > 0 ? html`<br><small>Thử lại lúc ${formatNewsroomTime(mail.nextAttemptAt)}</small>` : ''}`
  if (mail.state === 'failed') return html`${error}<form method="post" action="${OUTBOX_PATH}/${mail.id}/gui-lai"><input type="hidden" name="_csrf" value="${csrfToken}"><button type="submit" class="button button-secondary">Gửi lại</button></form>`
  return error
}
