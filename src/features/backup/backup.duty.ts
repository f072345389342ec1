import type { DutyCheck } from '../../platform/compliance/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { formatNewsroomTime } from '../../platform/text/time.ts'
import { lastSucceeded } from './backup-log.ts'
import { BACKUPS_PATH } from './paths.ts'

const DAY_MS = 24 * 60 * 60 * 1000

// Circular 22/2023: a plan that keeps the portal running, of which a recent backup is the part the
// portal can see for itself. Met when the last successful backup is less than 24 hours old.
export function backupDuty(db: Db): DutyCheck {
  return {
    duty: 'backup',
    async check({ now }) {
      const last = await lastSucceeded(db)
      if (!last) return { state: 'not_met', detail: 'Chưa có bản sao lưu nào: chạy lệnh npm run toasoan -- backup TỆP (hằng ngày, ví dụ bằng cron).', href: BACKUPS_PATH }
      const when = `Bản sao lưu thành công gần nhất lúc ${formatNewsroomTime(last)}`
      if (now.getTime() - last.getTime() > DAY_MS) return { state: 'not_met', detail: `${when}, đã quá 24 giờ.`, href: BACKUPS_PATH }
      return { state: 'met', detail: `${when}.`, href: BACKUPS_PATH }
    },
  }
}
