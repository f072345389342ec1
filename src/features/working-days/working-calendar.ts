import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { localDateOf, type LocalDate } from './local-date.ts'
import { listDayExceptions } from './working-day.repository.ts'
import { WorkingDays } from './working-days.ts'

/**
 * The working-day calendar other features count deadlines with (legal documents posted within
 * two working days, citizens' questions answered within ten). The exceptions are read once and
 * kept; the administrator's change is announced as 'working-days.changed' (relayed to the other
 * instances), which drops the copy so the next question reads them again.
 */
export class WorkingCalendar {
  #current: Promise<WorkingDays> | undefined

  constructor(private readonly db: Db, events: NewsroomEventBus) {
    events.on('working-days.changed', () => (this.#current = undefined))
    events.on('instance.resync', () => (this.#current = undefined))
  }

  current(): Promise<WorkingDays> {
    const loading = (this.#current ??= listDayExceptions(this.db).then((exceptions) => new WorkingDays(exceptions)))
    loading.catch(() => {
      if (this.#current === loading) this.#current = undefined
    })
    return loading
  }

  async isWorkingDay(date: LocalDate): Promise<boolean> {
    return (await this.current()).isWorkingDay(date)
  }

  async addWorkingDays(date: LocalDate, count: number): Promise<LocalDate> {
    return (await this.current()).addWorkingDays(date, count)
  }

  async workingDaysBetween(from: LocalDate, to: LocalDate): Promise<number> {
    return (await this.current()).workingDaysBetween(from, to)
  }

  /** The deadline of something that happened at `instant` (its day is the day in Hà Nội). */
  async deadlineFrom(instant: Date, count: number): Promise<LocalDate> {
    return this.addWorkingDays(localDateOf(instant), count)
  }
}
