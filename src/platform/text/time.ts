// Instants are stored in UTC and shown in the newsroom's own time zone, the Vietnamese way:
// "Thứ Sáu, 15/01/2021 09:30".
export const NEWSROOM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short',
})
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 }

interface LocalParts { weekday: number; day: string; month: string; year: string; hour: string; minute: string }

function localParts(instant: Date): LocalParts {
  const p: Record<string, string> = {}
  for (const part of partsFormat.formatToParts(instant)) p[part.type] = part.value
  return { weekday: WEEKDAY_INDEX[p.weekday!] ?? 0, day: p.day!, month: p.month!, year: p.year!, hour: p.hour!, minute: p.minute! }
}

/** "Thứ Sáu, 15/01/2021 09:30" */
export function formatNewsroomTime(instant: Date): string {
  const p = localParts(instant)
  return `${WEEKDAYS[p.weekday]}, ${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

/** "15/01/2021" */
export function formatNewsroomDate(instant: Date): string {
  const p = localParts(instant)
  return `${p.day}/${p.month}/${p.year}`
}

/** "09:30 15/01" — for short freshness notes such as the weather block's. */
export function formatShortTime(instant: Date): string {
  const p = localParts(instant)
  return `${p.hour}:${p.minute} ${p.day}/${p.month}`
}

export function weekdayName(instant: Date): string {
  return WEEKDAYS[localParts(instant).weekday]!
}

/** Accepts what either database hands back (ISO text from SQLite, Date from pg). */
export function toInstant(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value)
}
