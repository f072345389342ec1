import type { Clock } from '../../platform/clock.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Job } from '../../platform/jobs/index.ts'
import { vietnamDay } from './week.ts'

/** How soon after midnight in Viet Nam the cached calendar pages mark the new day as today. */
export const NEW_DAY_EVERY_MS = 60_000

/** Purges the calendar's pages when the day turns: "Hôm nay" and the current week move with it. */
export function newDayJob(clock: Clock, events: NewsroomEventBus): Job {
  let seen = vietnamDay(clock.now())
  return {
    name: 'calendar.new-day',
    label: 'Chuyển dấu “Hôm nay” của lịch công tác sang ngày mới',
    everyMs: NEW_DAY_EVERY_MS,
    runAtStart: false,
    run: async () => {
      const today = vietnamDay(clock.now())
      if (today === seen) return 0
      seen = today
      events.emit('calendar.changed', { weeks: [], newDay: true })
      return 1
    },
  }
}
