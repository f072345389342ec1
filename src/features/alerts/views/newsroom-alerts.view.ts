import { html, type SafeHtml } from '../../../platform/views/html.ts'
import {
  actionButton, adminFormView, adminListView, adminTable, inputField, selectField, textareaField, type FormState,
} from '../../admin-kit/index.ts'
import { ALERT_LEVELS, LEVEL_WORDS, LINK_MAX, stateOf, TEXT_MAX, type Alert, type AlertState } from '../alert.ts'
import { typedNewsroomTime } from '../../../platform/text/time.ts'

export const NEWSROOM_ALERTS = '/toa-soan/canh-bao'
const STATE_WORDS: Record<AlertState, string> = { active: 'Đang hiện', scheduled: 'Chờ đến giờ', ended: 'Đã kết thúc' }

/** /toa-soan/canh-bao: the alerts shown now first, then those waiting for their start, then the ended ones. */
export function alertListView(alerts: readonly Alert[], now: Date, csrfToken: string, message?: string): SafeHtml {
  const order: Record<AlertState, number> = { active: 0, scheduled: 1, ended: 2 }
  const rows = [...alerts].sort((a, b) => order[stateOf(a, now)] - order[stateOf(b, now)])
  return adminListView({
    trail: [{ label: 'Cảnh báo khẩn' }],
    heading: 'Cảnh báo khẩn',
    message,
    add: { href: `${NEWSROOM_ALERTS}/moi`, label: 'Đăng cảnh báo mới' },
    empty: 'Chưa có cảnh báo nào.',
    note: 'Cảnh báo hiện ở đầu mọi trang của cổng (tiếng Việt và tiếng Anh), trong RSS và API, từ thời điểm bắt đầu đến thời điểm kết thúc.',
    items: adminTable({
      className: 'alert-list', caption: 'Các cảnh báo', rows, idOf: (a) => a.id,
      columns: [
        { label: 'Trạng thái', cell: (a) => STATE_WORDS[stateOf(a, now)] },
        { label: 'Mức độ', cell: (a) => LEVEL_WORDS[a.level] },
        { label: 'Nội dung', cell: (a) => a.textVi },
        { label: 'Thời gian (giờ Việt Nam)', cell: (a) => `${typedNewsroomTime(a.startsAt)} – ${typedNewsroomTime(a.endedAt ?? a.endsAt)}` },
        {
          label: html`<span class="visually-hidden">Thao tác</span>`,
          cell: (a) => (stateOf(a, now) === 'ended' ? '' : html`<a href="${NEWSROOM_ALERTS}/${a.id}">Sửa</a> ${actionButton(`${NEWSROOM_ALERTS}/${a.id}/ket-thuc`, 'Kết thúc ngay', csrfToken, `Kết thúc ngay cảnh báo “${a.textVi}”`)}`),
        },
      ],
    }),
  })
}

/** A datetime-local field in Viet Nam's time (the kit's inputs are text-like). */
function timeField(form: FormState, name: string, label: string, hint: string): SafeHtml {
  const invalid = form.errors[name] ? html` aria-invalid="true" aria-describedby="e-${name}"` : ''
  return html`<p class="field">
<label for="f-${name}">${label}</label><br>
<input id="f-${name}" name="${name}" type="datetime-local" value="${form.values[name] ?? ''}"${invalid}>
<br><small class="muted">${hint}</small>
${form.errors[name] ? html`<br><span class="field-error" id="e-${name}">${form.errors[name]}</span>` : ''}
</p>`
}

export function alertFormView(editing: Alert | undefined, form: FormState, csrfToken: string): SafeHtml {
  return adminFormView({
    trail: [{ label: 'Cảnh báo khẩn', href: NEWSROOM_ALERTS }, { label: editing ? 'Sửa cảnh báo' : 'Đăng cảnh báo mới' }],
    heading: editing ? 'Sửa cảnh báo' : 'Đăng cảnh báo mới',
    action: editing ? `${NEWSROOM_ALERTS}/${editing.id}` : NEWSROOM_ALERTS,
    form, csrfToken,
    fields: [
      selectField(form, 'level', 'Mức độ', ALERT_LEVELS.map((l) => ({ value: l, label: LEVEL_WORDS[l] }))),
      textareaField(form, 'textVi', `Nội dung (tiếng Việt, tối đa ${TEXT_MAX} ký tự)`, TEXT_MAX),
      textareaField(form, 'textEn', 'Nội dung tiếng Anh (không bắt buộc; để trống thì trang tiếng Anh hiện nội dung tiếng Việt)', TEXT_MAX),
      inputField(form, 'link', 'Liên kết xem chi tiết (không bắt buộc)', { type: 'url', maxlength: LINK_MAX, hint: 'Địa chỉ bắt đầu bằng https:// hoặc http://' }),
      timeField(form, 'startsAt', 'Bắt đầu (giờ Việt Nam)', 'Để trống để hiện ngay.'),
      timeField(form, 'endsAt', 'Kết thúc (giờ Việt Nam)', 'Cảnh báo tự kết thúc vào lúc này.'),
    ],
  })
}
