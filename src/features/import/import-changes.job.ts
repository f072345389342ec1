import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Job } from '../../platform/jobs/index.ts'

// An import is another process (`npm run toasoan -- import …`), perhaps on a portal without
// Redis: what it writes reaches the running instances through the database. It logs a change
// every few hundred items; each instance looks every few seconds and, when the log has grown,
// drops its in-memory copies and cached pages once (instance.resync): one purge for a batch,
// never one an item.

export const IMPORT_POLL_MS = 3000

export function importChangesJob(deps: { db: Db; events: NewsroomEventBus; onChange: () => Promise<void> }): Job {
  // From 0: the first look after a start finds any change, and a start has little in memory to drop.
  let seen = 0
  return {
    name: 'import-changes',
    label: 'Nhận nội dung vừa nhập khẩu',
    everyMs: IMPORT_POLL_MS,
    async run() {
      const row = await deps.db.selectFrom('import_changes').select((eb) => eb.fn.max('id').as('last')).executeTakeFirst()
      const last = Number(row?.last ?? 0)
      if (last > seen) {
        deps.events.emit('instance.resync', {})
        await deps.onChange()
      }
      seen = last
    },
  }
}
