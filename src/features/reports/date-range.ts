import { newsroomDay } from '../../platform/text/time.ts'

// The reports' period: whole days of the newsroom's calendar (Asia/Ho_Chi_Minh, UTC+7 all year),
// first and last included. An article published at 23:30 UTC on 30 November is 06:30 on
// 1 December in Viet Nam, and is December's.

const OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
/** Longer periods are refused: a report of many years is no royalty sheet, and its work is unbounded. */
export const MAX_DAYS = 366 * 3

export interface DateRange {
  /** "2026-11-01" */
  from: string
  /** "2026-11-30", included */
  to: string
}

function dayOf(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  const [y, m, d] = iso ? iso.slice(1).map(Number) : vn ? [vn[3], vn[2], vn[1]].map(Number) : []
  if (y === undefined || m === undefined || d === undefined || m < 1 || m > 12 || d < 1 || y < 2000 || y > 2100) return undefined
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCDate() === d ? date.toISOString().slice(0, 10) : undefined
}

/** The first instant of the period and the first after it. */
export function instantsOf(range: DateRange): { start: Date; end: Date } {
  return { start: new Date(Date.parse(`${range.from}T00:00:00Z`) - OFFSET_MS), end: new Date(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS - OFFSET_MS) }
}

/** The month (newsroom time) of an instant: "2026-12". */
export const monthOf = (instant: Date): string => newsroomDay(instant).slice(0, 7)

/** "2026-12" → "12/2026" */
export const monthLabel = (month: string): string => `${month.slice(5)}/${month.slice(0, 4)}`

/** "2026-12-07" → "07/12/2026" */
export const dayLabel = (day: string): string => day.split('-').reverse().join('/')

/** This month so far: the page's period when none is asked for. */
export function defaultRange(now: Date): DateRange {
  const today = newsroomDay(now)
  return { from: `${today.slice(0, 8)}01`, to: today }
}

export type RangeResult = { ok: true; range: DateRange } | { ok: false; errors: { from?: string; to?: string } }

/** The period typed (yyyy-mm-dd from a date input, or dd/mm/yyyy), in words when it is refused. */
export function parseRange(fromText: string, toText: string): RangeResult {
  const from = dayOf(fromText.trim())
  const to = dayOf(toText.trim())
  const errors: { from?: string; to?: string } = {}
  if (!from) errors.from = 'Ngày bắt đầu chưa đúng (ngày/tháng/năm, ví dụ 01/11/2026).'
  if (!to) errors.to = 'Ngày kết thúc chưa đúng (ngày/tháng/năm, ví dụ 30/11/2026).'
  if (from && to) {
    if (to < from) errors.to = 'Ngày kết thúc phải từ ngày bắt đầu trở đi.'
    else if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > MAX_DAYS) errors.to = 'Mỗi báo cáo không quá 3 năm.'
  }
  return from && to && !errors.to ? { ok: true, range: { from, to } } : { ok: false, errors }
}

/** The whole month (newsroom time) of an instant. */
export function monthRange(instant: Date): DateRange {
  const month = monthOf(instant)
  const [y, m] = month.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}
