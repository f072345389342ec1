import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { InvalidTransitionError } from '../../platform/http/errors.ts'
import { commitChange, type Actor, type AuditFacts } from '../admin-kit/index.ts'
import type { CalendarEntry, EntryValues, WeekStatus } from './calendar-entry.ts'
import {
  deleteEntry, findWeek, insertEntry, keepPublishedValues, moveWeek, setCancelled, updateEntry,
} from './calendar.repository.ts'
import { weekOfDay } from './week.ts'

// docs/decisions/0053-work-calendar-published-by-the-week.md. A week goes from the secretary to the approver and out to readers as one piece: readers see
// a whole approved week or nothing of it. Once out, the secretary's changes go out at once
// (a meeting moved on the morning cannot wait for a second approval) and readers see each one
// marked "Điều chỉnh" against what was approved.
export const WEEK_TRANSITIONS = {
  draft: { submit: 'submitted' },
  submitted: { publish: 'published', return: 'draft' },
  published: {},
} as const satisfies Record<WeekStatus, Partial<Record<WeekStep, WeekStatus>>>

export type WeekStep = 'submit' | 'publish' | 'return'

export function nextStatus(from: WeekStatus, step: WeekStep): WeekStatus | undefined {
  return (WEEK_TRANSITIONS[from] as Partial<Record<WeekStep, WeekStatus>>)[step]
}

const STEP_AUDIT = { submit: 'calendar-week.submit', publish: 'calendar-week.publish', return: 'calendar-week.return' } as const
const STEP_REFUSED = {
  submit: 'Tuần này không ở trạng thái đang nhập nên không gửi duyệt được.',
  publish: 'Tuần này chưa được gửi duyệt (hoặc đã công bố) nên không duyệt được.',
  return: 'Tuần này không chờ duyệt nên không trả lại được.',
} as const

export class CalendarDesk {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly events: NewsroomEventBus) {}

  async create(actor: Actor, values: EntryValues): Promise<number> {
    const week = weekOfDay(values.day)
    return this.#change(actor, [week], async (trx, now) => {
      const id = await insertEntry(trx, values, now)
      return { result: id, audit: { action: 'calendar.create', itemType: 'calendar-entry', itemId: id, details: { title: values.title, day: values.day } } }
    })
  }

  async update(actor: Actor, entry: CalendarEntry, values: EntryValues): Promise<void> {
    await this.#change(actor, [...new Set([entry.week, weekOfDay(values.day)])], async (trx, now) => {
      await updateEntry(trx, entry.id, values, now)
      return { result: undefined, audit: { action: 'calendar.update', itemType: 'calendar-entry', itemId: entry.id, details: { title: values.title, day: values.day } } }
    })
  }

  /** Before publication an entry is deleted; after, readers have seen it, so it stays, marked postponed. */
  async remove(actor: Actor, entry: CalendarEntry): Promise<'deleted' | 'cancelled'> {
    return this.#change(actor, [entry.week], async (trx, now) => {
      const published = (await findWeek(trx, entry.week)).status === 'published'
      if (published) await setCancelled(trx, entry.id, true, now)
      else await deleteEntry(trx, entry.id)
      const action = published ? 'calendar.cancel' : 'calendar.delete'
      return { result: published ? 'cancelled' as const : 'deleted' as const, audit: { action, itemType: 'calendar-entry', itemId: entry.id, details: { title: entry.title, day: entry.day } } }
    })
  }

  async restore(actor: Actor, entry: CalendarEntry): Promise<void> {
    await this.#change(actor, [entry.week], async (trx, now) => {
      await setCancelled(trx, entry.id, false, now)
      return { result: undefined, audit: { action: 'calendar.restore', itemType: 'calendar-entry', itemId: entry.id, details: { title: entry.title } } }
    })
  }

  /** submit (calendar.edit), publish and return (calendar.approve): the routes check the right, this the order. */
  async step(actor: Actor, week: string, step: WeekStep): Promise<void> {
    await this.#change(actor, [week], async (trx, now) => {
      const from = (await findWeek(trx, week)).status
      const to = nextStatus(from, step)
      if (!to || !(await moveWeek(trx, week, from, to, now))) throw new InvalidTransitionError(`cannot ${step} a ${from} week`, STEP_REFUSED[step])
      if (to === 'published') await keepPublishedValues(trx, week)
      return { result: undefined, audit: { action: STEP_AUDIT[step], itemType: 'calendar-week', itemId: week } }
    })
  }

  async #change<T>(actor: Actor, weeks: string[], work: (trx: Db, now: Date) => Promise<{ result: T; audit: AuditFacts }>): Promise<T> {
    const result = await commitChange({ db: this.db, clock: this.clock }, actor, work)
    this.events.emit('calendar.changed', { weeks })
    return result
  }
}
