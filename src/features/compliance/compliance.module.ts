import * as compliance from '../../migrations/20261209-0901-compliance.ts'
import type { PortalModule } from '../../platform/module.ts'
import { accessibilityDuty } from './accessibility.duty.ts'
import './compliance.table.ts'
import { complianceRoutes } from './compliance.routes.ts'
import { COMPLIANCE_PATH } from './paths.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    /** Read the compliance page (changing its threshold and records is the administrator's). */
    'compliance.view': true
  }
}

// Trang tuân thủ (issue 16): one newsroom page listing the duties of a state portal (duties.ts,
// data) and whether each is met now. The checks are the other modules' (their `compliance`),
// gathered by the platform: this module reads none of their tables. Its own data are the
// threshold of the measured duties and the accessibility checks recorded.
export const complianceModule: PortalModule = {
  name: 'compliance',
  title: 'Trang tuân thủ',
  migrations: { '20261209-0901-compliance': compliance },
  // The leaders who approve what the portal publishes answer for its duties: they read the page too.
  rights: { 'compliance.view': { roles: ['approver', 'administrator'] } },
  nav: [{ label: 'Trang tuân thủ', href: COMPLIANCE_PATH, right: 'compliance.view' }],
  audit: { actions: { 'compliance.threshold': 'đặt ngưỡng đánh giá tuân thủ', 'compliance.accessibility-check': 'ghi lại lần kiểm tra khả năng tiếp cận' } },
  compliance: ({ db }) => [accessibilityDuty(db)],
  newsroomRoutes: ({ db, clock, duties, log, services }) => complianceRoutes({ db, clock, duties, log, addresses: services.newsroomAddresses }),
}
