import { FormCheck, type FormValues } from '../admin-kit/index.ts'
import type { CalendarEntry, EntryValues } from './calendar-entry.ts'
import { isDay, weekOfDay } from './week.ts'

export const ENTRY_FIELDS = ['day', 'startsAt', 'endsAt', 'title', 'presides', 'attends', 'place', 'preparingUnit', 'notes'] as const

/** "07/12/2026" or "2026-12-07" → "2026-12-07". */
export function readDay(text: string): string | undefined {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  const day = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : text
  return isDay(day) && day >= '2000-01-01' && day <= '2100-12-31' ? day : undefined
}

/** "8:00", "08:00", "8h", "8h30", "14 giờ 30" → "08:00", "14:30". */
export function readTime(text: string): string | undefined {
  const match = /^(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})?\s*(?:phút)?$/i.exec(text)
  if (!match) return undefined
  const [hours, minutes] = [Number(match[1]), Number(match[2] ?? '0')]
  return hours <= 23 && minutes <= 59 ? `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` : undefined
}

/** The form shows a day as the office writes it: "07/12/2026". */
export const typedDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

export function formValuesOf(e: EntryValues): FormValues {
  return {
    day: typedDay(e.day), startsAt: e.startsAt, endsAt: e.endsAt ?? '', title: e.title, presides: e.presides, attends: e.attends,
    place: e.place, preparingUnit: e.preparingUnit, notes: e.notes,
  }
}

/**
 * Every field's problem at once, in Vietnamese. `editing` in a published week: its day stays in
 * that week, since readers were shown the entry there (postpone it and enter a new one instead).
 */
export function parseEntryForm(values: FormValues, editing: { entry: CalendarEntry; published: boolean } | undefined): EntryValues {
  const check = new FormCheck(values)
  const dayText = check.text('day', 'ngày', 20, { required: true })
  const day = dayText ? readDay(dayText) : undefined
  if (dayText && !day) check.fail('day', 'Ngày chưa đúng dạng ngày/tháng/năm (ví dụ 07/12/2026).')
  if (day && editing?.published && weekOfDay(day) !== editing.entry.week) {
    check.fail('day', 'Lịch tuần này đã công bố: chỉ đổi được sang ngày khác trong cùng tuần. Muốn chuyển sang tuần khác, xin hoãn mục này và thêm mục mới.')
  }
  const startText = check.text('startsAt', 'giờ bắt đầu', 20, { required: true })
  const startsAt = startText ? readTime(startText) : undefined
  if (startText && !startsAt) check.fail('startsAt', 'Giờ bắt đầu chưa đúng dạng giờ:phút (ví dụ 08:00 hoặc 14h30).')
  const endText = check.text('endsAt', 'giờ kết thúc', 20)
  const endsAt = endText ? readTime(endText) : null
  if (endText && !endsAt) check.fail('endsAt', 'Giờ kết thúc chưa đúng dạng giờ:phút (ví dụ 11:30); để trống nếu chưa định.')
  if (startsAt && endsAt && endsAt <= startsAt) check.fail('endsAt', 'Giờ kết thúc phải sau giờ bắt đầu.')
  const title = check.text('title', 'nội dung', 500, { required: true })
  const presides = check.text('presides', 'người chủ trì', 200)
  const attends = check.text('attends', 'thành phần', 500)
  const place = check.text('place', 'địa điểm', 200)
  const preparingUnit = check.text('preparingUnit', 'đơn vị chuẩn bị', 200)
  const notes = check.text('notes', 'ghi chú', 500)
  check.done()
  return { day: day!, startsAt: startsAt!, endsAt: endsAt ?? null, title, presides, attends, place, preparingUnit, notes }
}
