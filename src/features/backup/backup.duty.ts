import type { DutyCheck } from '../../platform/compliance/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { formatNewsroomTime } from '../../platform/text/time.ts'
import { lastSucceeded, listBackups } from './backup-log.ts'
import { BACKUPS_PATH } from './paths.ts'

const DAY_MS = 24 * 60 * 60 * 1000

// Circular 22/2023: a plan that keeps the portal running, of which a recent backup is the part the
// portal can see for itself. Met when the last successful backup is less than 24 hours old.
export function backupDuty(db: Db): DutyCheck {
  return {
    duty: 'backup',
    async check({ now }) {
      const [newest] = await listBackups(db, 1)
      const last = await lastSucceeded(db)
      if (!last) return { state: 'not_met', detail: 'Chưa có bản sao lưu nào: đặt lịch bằng lệnh npm run toasoan -- backup --schedule daily --keep 14 --to THƯ_MỤC (hoặc chạy npm run toasoan -- backup TỆP hằng ngày).', href: BACKUPS_PATH }
      const when = `Bản sao lưu thành công gần nhất lúc ${formatNewsroomTime(last)}`
      // A backup that failed after the last good one (the schedule's, typically) is what to act on
      // now: the next one will fail the same way.
      if (newest && !newest.succeeded) return { state: 'not_met', detail: `Lần sao lưu${newest.scheduled ? ' theo lịch' : ''} gần nhất (lúc ${formatNewsroomTime(newest.finishedAt)}) không thành công: ${newest.error.slice(0, 200)}. ${when}.`, href: BACKUPS_PATH }
      if (now.getTime() - last.getTime() > DAY_MS) return { state: 'not_met', detail: `${when}, đã quá 24 giờ.`, href: BACKUPS_PATH }
      return { state: 'met', detail: `${when}.`, href: BACKUPS_PATH }
    },
  }
}
