import type { DutyCheck } from '../../platform/compliance/index.ts'
import type { MonitoringCodes } from './monitoring-codes.ts'
import { MONITORING_PATH } from './views/monitoring-form.view.ts'

/** Circular 22/2023: the EMC code on every page. The pages carry what the service holds, so the service is asked. */
export function emcDuty(codes: MonitoringCodes): DutyCheck {
  return {
    duty: 'emc-code',
    check: async () => codes.hasEmcCode()
      ? { state: 'met', detail: 'Mã EMC (tải từ emc.gov.vn) đang có trên mọi trang cho bạn đọc.', href: MONITORING_PATH }
      : { state: 'not_met', detail: 'Chưa có mã theo dõi EMC: dán mã do hệ thống EMC cấp.', href: MONITORING_PATH },
  }
}
