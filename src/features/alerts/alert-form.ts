import { FormCheck, type FormValues } from '../admin-kit/index.ts'
import { isLevel, LINK_MAX, TEXT_MAX, type Alert, type AlertInput } from './alert.ts'

export const ALERT_FIELDS = ['level', 'textVi', 'textEn', 'link', 'startsAt', 'endsAt'] as const

// Viet Nam keeps UTC+7 all year: the newsroom types its own time, the database keeps the instant.
const OFFSET_MS = 7 * 3600_000

/** "2026-12-08T08:00" (the browser's datetime-local) or "08/12/2026 08:00", in Viet Nam's time → the instant. */
export function parseVietnamTime(text: string): Date | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(text)
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text)
  const [y, mo, d, h, mi] = iso ? iso.slice(1).map(Number) : vn ? [vn[3], vn[2], vn[1], vn[4], vn[5]].map(Number) : []
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return undefined
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined
  const instant = new Date(Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS)
  // 31/02 would roll into March: refused rather than moved.
  return new Date(instant.getTime() + OFFSET_MS).getUTCDate() === d ? instant : undefined
}

/** The instant as a datetime-local input shows it, in Viet Nam's time. */
export function vietnamInput(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16)
}

/** The instant as the newsroom reads it: "08/12/2026 08:00". */
export function vietnamText(instant: Date): string {
  const local = vietnamInput(instant)
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`
}

export function formValuesOf(alert: Alert): FormValues {
  return { level: alert.level, textVi: alert.textVi, textEn: alert.textEn, link: alert.link, startsAt: vietnamInput(alert.startsAt), endsAt: vietnamInput(alert.endsAt) }
}

/** Every problem at once, in Vietnamese, beside its field. A blank start means now. */
export function parseAlertForm(values: FormValues, now: Date): AlertInput {
  const check = new FormCheck(values)
  const level = values.level ?? ''
  if (!isLevel(level)) check.fail('level', 'Xin chọn mức độ: thông tin, cảnh báo hoặc khẩn cấp.')
  const textVi = check.text('textVi', 'nội dung cảnh báo (tiếng Việt)', TEXT_MAX, { required: true })
  const textEn = check.text('textEn', 'nội dung tiếng Anh', TEXT_MAX)
  const link = check.text('link', 'liên kết', LINK_MAX)
  if (link && !isWebAddress(link)) check.fail('link', 'Liên kết phải là một địa chỉ bắt đầu bằng http:// hoặc https://.')
  const startsAt = values.startsAt ? parseVietnamTime(values.startsAt) : now
  if (!startsAt) check.fail('startsAt', 'Thời điểm bắt đầu chưa đúng dạng (ví dụ 08/12/2026 08:00).')
  const endsAt = parseVietnamTime(values.endsAt ?? '')
  if (!values.endsAt) check.fail('endsAt', 'Xin nhập thời điểm kết thúc.')
  else if (!endsAt) check.fail('endsAt', 'Thời điểm kết thúc chưa đúng dạng (ví dụ 08/12/2026 17:00).')
  else if (startsAt && endsAt <= startsAt) check.fail('endsAt', 'Thời điểm kết thúc phải sau thời điểm bắt đầu.')
  else if (endsAt <= now) check.fail('endsAt', 'Thời điểm kết thúc đã qua; xin chọn một thời điểm ở tương lai.')
  check.done()
  return { level: level as AlertInput['level'], textVi, textEn, link, startsAt: startsAt!, endsAt: endsAt! }
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}
