import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Job } from '../../platform/jobs/index.ts'
import { toInstant } from '../../platform/text/time.ts'
import { stateOf } from './poll.ts'
import { pollsChangingState } from './poll.repository.ts'
import type { VoterKeys } from './voter-marks.ts'

/** How soon after its time a poll's cached pages lose (or gain) the form; a late vote is refused anyway. */
export const OPEN_CLOSE_EVERY_MS = 15_000

/** Opens and closes polls on time in the cached pages, and forgets old voter keys and marks. */
export function pollJobs(deps: { db: Db; clock: Clock; events: NewsroomEventBus; keys: VoterKeys }): Job[] {
  return [
    {
      name: 'polls.open-close',
      label: 'Mở và đóng các cuộc bình chọn đúng giờ',
      everyMs: OPEN_CLOSE_EVERY_MS,
      run: async () => {
        const now = deps.clock.now()
        const changed = await pollsChangingState(deps.db, (row) => stateOf({ opensAt: toInstant(row.opens_at), closesAt: toInstant(row.closes_at) }, now))
        for (const pollId of changed) deps.events.emit('polls.changed', { pollId })
        return changed.length
      },
    },
    {
      name: 'polls.forget-voters',
      label: 'Xóa khóa và dấu bình chọn cũ',
      everyMs: 6 * 3600_000,
      run: () => deps.keys.sweep(deps.clock.now()),
    },
  ]
}
