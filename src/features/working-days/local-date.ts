// A day on the Vietnamese calendar, 'YYYY-MM-DD', never a JS Date: a Date at midnight UTC is
// 07:00 in Hà Nội, and one at local midnight is the day before in UTC, so deadlines drifted by a
// day depending on who converted what. Arithmetic is done on day numbers (days since 1970-01-01).
export type LocalDate = string & { readonly __localDate: unique symbol }

const DAY_MS = 24 * 60 * 60 * 1000
// Viet Nam has kept UTC+7 without daylight saving since 1975 (as platform/text/time.ts does).
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The date if `text` is a real 'YYYY-MM-DD' day (no 30/02), otherwise undefined. */
export function parseLocalDate(text: string): LocalDate | undefined {
  const m = SHAPE.exec(text)
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined
  return text as LocalDate
}

/** For dates written in code and tests: throws on a malformed one. */
export function localDate(text: string): LocalDate {
  const date = parseLocalDate(text)
  if (!date) throw new RangeError(`not a date: ${text}`)
  return date
}

export const dayNumber = (date: LocalDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS

export const fromDayNumber = (n: number): LocalDate => new Date(n * DAY_MS).toISOString().slice(0, 10) as LocalDate

export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(dayNumber(date) + days)

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: LocalDate): number => (((dayNumber(date) + 4) % 7) + 7) % 7

export const yearOf = (date: LocalDate): number => Number(date.slice(0, 4))

/** The day it is in Hà Nội at this instant (a document signed at 23:30 on Friday was signed on Friday). */
export const localDateOf = (instant: Date): LocalDate => new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10) as LocalDate

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

export const weekdayName = (date: LocalDate): string => WEEKDAYS[weekdayOf(date)]!

/** "24/04/2026" */
export const formatLocalDate = (date: LocalDate): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
