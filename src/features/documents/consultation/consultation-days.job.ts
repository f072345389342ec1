import type { Clock } from '../../../platform/clock.ts'
import type { Db } from '../../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../../platform/events.ts'
import type { Job } from '../../../platform/jobs/index.ts'
import { newsroomDay } from '../../../platform/text/time.ts'
import { dayBefore } from './consultation.ts'
import { listWindowsTurning } from './consultation.repository.ts'

/**
 * A draft's page shows its form from the window's first day and closes it after the last, on the
 * newsroom's clock: when the day changes, the pages of windows that open today or closed
 * yesterday are purged (a post outside the window is refused whatever a cached page shows).
 */
export function consultationDaysJob(deps: { db: Db; clock: Clock; events: NewsroomEventBus }): Job {
  let lastDay: string | undefined
  return {
    name: 'documents.consultation-days',
    label: 'Mở, đóng góp ý dự thảo theo ngày',
    everyMs: 60_000,
    async run() {
      const today = newsroomDay(deps.clock.now())
      if (today === lastDay) return
      const ids = await listWindowsTurning(deps.db, today, dayBefore(today))
      if (ids.length > 0) deps.events.emit('documents.changed', { ids })
      lastDay = today
    },
  }
}
