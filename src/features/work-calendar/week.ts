// The calendar's weeks: Monday to Sunday in Viet Nam's time (UTC+7 all year, no summer time),
// named as ISO 8601 weeks ("2026-W49"), the name the addresses carry (?tuan=2026-W49).

const DAY_MS = 86_400_000
const VIETNAM_OFFSET_MS = 7 * 3_600_000

/** "2026-12-07": the day it is in Viet Nam at this instant. */
export function vietnamDay(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

function dayText(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** Monday of ISO week 1: the week that holds 4 January. */
function firstMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4))
  return new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS)
}

/** The ISO week a local day belongs to. */
export function weekOfDay(day: string): string {
  const date = utcDay(day)
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS)
  // The week belongs to the year of its Thursday.
  const year = new Date(monday.getTime() + 3 * DAY_MS).getUTCFullYear()
  const number = Math.round((monday.getTime() - firstMonday(year).getTime()) / (7 * DAY_MS)) + 1
  return `${year}-W${String(number).padStart(2, '0')}`
}

export function weekOf(instant: Date): string {
  return weekOfDay(vietnamDay(instant))
}

/** The seven days of a week, Monday first. */
export function daysOfWeek(week: string): string[] {
  const [year, number] = partsOf(week)
  const monday = firstMonday(year).getTime() + (number - 1) * 7 * DAY_MS
  return Array.from({ length: 7 }, (_, i) => dayText(new Date(monday + i * DAY_MS)))
}

export function shiftWeek(week: string, by: number): string {
  const monday = utcDay(daysOfWeek(week)[0]!)
  return weekOfDay(dayText(new Date(monday.getTime() + by * 7 * DAY_MS)))
}

function partsOf(week: string): [number, number] {
  const match = /^(\d{4})-W(\d{2})$/.exec(week)
  if (!match) throw new Error(`not a week: ${week}`)
  return [Number(match[1]), Number(match[2])]
}

/** A real calendar day ("2026-02-31" is not). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = utcDay(text)
  return !Number.isNaN(date.getTime()) && dayText(date) === text
}

/** "2026-W49" that exists (W53 only in the years that have one). */
export function isWeek(text: string): boolean {
  const match = /^(\d{4})-W(\d{2})$/.exec(text)
  if (!match) return false
  const [year, number] = [Number(match[1]), Number(match[2])]
  if (year < 2000 || year > 2100 || number < 1) return false
  return number <= 52 || (number === 53 && weekOfDay(`${year}-12-28`) === `${year}-W53`)
}

/** "?tuan=": a week ("2026-W49", any case) or a day in it ("2026-12-07" or "07/12/2026"); undefined when neither. */
export function readWeek(text: string): string | undefined {
  const trimmed = text.trim().toUpperCase()
  if (isWeek(trimmed)) return trimmed
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed)
  const day = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : trimmed
  return isDay(day) && day >= '2000-01-03' && day <= '2100-12-31' ? weekOfDay(day) : undefined
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(day: string): number {
  return (utcDay(day).getUTCDay() + 6) % 7
}
