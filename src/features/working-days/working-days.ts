import { dayNumber, fromDayNumber, weekdayOf, yearOf, type LocalDate } from './local-date.ts'

/**
 * holiday: a public holiday (Labour Code 2019, Art. 112), even one that falls on a weekend;
 * day-off: a weekday off moved there by the government (nghỉ bù, or a day swapped);
 * worked-day: a Saturday or Sunday worked in exchange (làm bù).
 */
export const DAY_KINDS = ['holiday', 'day-off', 'worked-day'] as const
export type DayKind = (typeof DAY_KINDS)[number]

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  'holiday': 'Ngày lễ, Tết',
  'day-off': 'Ngày nghỉ bù, hoán đổi',
  'worked-day': 'Ngày làm bù',
}

export interface DayException {
  day: LocalDate
  kind: DayKind
  name: string
  /** Null: shipped with the portal. */
  addedBy: number | null
}

// A bound on how far one count may go: ten years of working days, far past any legal deadline.
const MAX_COUNT = 2600

/**
 * The calendar as known at one moment: weekends are Saturday and Sunday, and the exceptions
 * override them. Pure and synchronous; WorkingCalendar hands out the current one.
 */
export class WorkingDays {
  readonly #byDay: ReadonlyMap<string, DayException>
  /** The years that have at least one exception: a year without any was probably never entered. */
  readonly yearsEntered: ReadonlySet<number>

  constructor(exceptions: readonly DayException[]) {
    this.#byDay = new Map(exceptions.map((e) => [e.day, e]))
    this.yearsEntered = new Set(exceptions.map((e) => yearOf(e.day)))
  }

  exceptionOn(date: LocalDate): DayException | undefined {
    return this.#byDay.get(date)
  }

  isWorkingDay(date: LocalDate): boolean {
    const exception = this.#byDay.get(date)
    if (exception) return exception.kind === 'worked-day'
    const weekday = weekdayOf(date)
    return weekday !== 0 && weekday !== 6
  }

  /**
   * The day a deadline of `count` working days from `date` falls on: the count starts the day
   * after (signed on Friday, +2 → the second working day after it). A negative count goes back;
   * 0 is the date itself.
   */
  addWorkingDays(date: LocalDate, count: number): LocalDate {
    if (!Number.isInteger(count) || Math.abs(count) > MAX_COUNT) throw new RangeError(`working-day count out of range: ${count}`)
    const step = count < 0 ? -1 : 1
    let day = dayNumber(date)
    for (let left = Math.abs(count); left > 0;) {
      day += step
      if (this.isWorkingDay(fromDayNumber(day))) left--
    }
    return fromDayNumber(day)
  }

  /**
   * Working days after `from`, up to and including `to`: how many of the deadline's days have
   * been used by then (`workingDaysBetween(d, addWorkingDays(d, n)) === n`). Negative when `to`
   * comes first.
   */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    const [a, b] = [dayNumber(from), dayNumber(to)]
    if (b < a) return -this.workingDaysBetween(to, from)
    if (b - a > MAX_COUNT * 2) throw new RangeError('working-day span out of range')
    let count = 0
    for (let day = a + 1; day <= b; day++) if (this.isWorkingDay(fromDayNumber(day))) count++
    return count
  }
}
