import { newsroomTimeInput, parseNewsroomTime } from '../../platform/text/time.ts'
import { FormCheck, type FormValues } from '../admin-kit/index.ts'
import { isLevel, LINK_MAX, TEXT_MAX, type Alert, type AlertInput } from './alert.ts'

export const ALERT_FIELDS = ['level', 'textVi', 'textEn', 'link', 'startsAt', 'endsAt'] as const


export function formValuesOf(alert: Alert): FormValues {
  return { level: alert.level, textVi: alert.textVi, textEn: alert.textEn, link: alert.link, startsAt: newsroomTimeInput(alert.startsAt), endsAt: newsroomTimeInput(alert.endsAt) }
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
  const startsAt = values.startsAt ? parseNewsroomTime(values.startsAt) : now
  if (!startsAt) check.fail('startsAt', 'Thời điểm bắt đầu chưa đúng dạng (ví dụ 08/12/2026 08:00).')
  const endsAt = parseNewsroomTime(values.endsAt ?? '')
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
