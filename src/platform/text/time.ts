// Instants are stored in UTC and shown in the newsroom's own time zone, the Vietnamese way:
// "Thứ Sáu, 15/01/2021 09:30".
export const NEWSROOM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

// Viet Nam has kept UTC+7 without daylight saving since 1975, so local time is plain
// arithmetic: Intl's time-zone formatting cost more than the rest of an article page's view.
const OFFSET_MS = 7 * 60 * 60 * 1000

interface LocalParts { weekday: number; day: string; month: string; year: string; hour: string; minute: string }

const two = (n: number): string => (n < 10 ? `0${n}` : String(n))

function localParts(instant: Date): LocalParts {
  const local = new Date(instant.getTime() + OFFSET_MS)
  return {
    weekday: local.getUTCDay(),
    day: two(local.getUTCDate()),
    month: two(local.getUTCMonth() + 1),
    year: String(local.getUTCFullYear()),
    hour: two(local.getUTCHours()),
    minute: two(local.getUTCMinutes()),
  }
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

/** The newsroom's calendar day of an instant, as "2026-12-02" (sorts as text). */
export function newsroomDay(instant: Date): string {
  const p = localParts(instant)
  return `${p.year}-${p.month}-${p.day}`
}

/**
 * A time the newsroom typed, in its own time: "2026-12-08T08:00" (a datetime-local input),
 * "2026-12-08 08:00" or "08/12/2026 08:00" → the instant; undefined when it is no such time
 * (31/02 is refused, not rolled into March).
 */
export function parseNewsroomTime(text: string): Date | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})$/.exec(text)
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text)
  const [y, mo, d, h, mi] = iso ? iso.slice(1).map(Number) : vn ? [vn[3], vn[2], vn[1], vn[4], vn[5]].map(Number) : []
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return undefined
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined
  const instant = new Date(Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS)
  return new Date(instant.getTime() + OFFSET_MS).getUTCDate() === d ? instant : undefined
}

/** The instant as a datetime-local input shows it, in the newsroom's time: "2026-12-08T08:00". */
export function newsroomTimeInput(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16)
}

/** The instant as the newsroom types it: "08/12/2026 08:00". */
export function typedNewsroomTime(instant: Date): string {
  const p = localParts(instant)
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}
