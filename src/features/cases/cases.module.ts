import * as caseHistoryMigration from '../../migrations/20261207-0701-case-history.ts'
import type { PortalModule } from '../../platform/module.ts'
import './case-history.ts'
import { CaseTracking } from './case-tracking.ts'
import type { CaseUnits } from './case-units.ts'
import { caseMessages } from './messages.ts'
import { trackingRoutes } from './tracking.routes.ts'

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** /tra-cuu: the modules listed after this one register their kinds of case (by code prefix). */
    caseTracking: CaseTracking
  }
  interface ContributionPoints {
    /** The organisation's units a case may be given to (the structure module adds its own). */
    caseUnits: CaseUnits
  }
}

// Hồ sơ của người dân (issue 15): what every kind of citizen's case shares — the tracking code,
// the public history, the look-up at /tra-cuu with its limits, the contact rules. Hỏi đáp (HD-)
// and Phản ánh, kiến nghị (PA-) register with it; it serves the look-up for both.
export const casesModule: PortalModule = {
  name: 'cases',
  title: 'Tra cứu hồ sơ',
  messages: [caseMessages],
  migrations: { '20261207-0701-case-history': caseHistoryMigration },
  publicPrefixes: ['tra-cuu'],
  provide: ({ clock, services }) => ({ caseTracking: new CaseTracking({ clock, counters: services.abuseCounters }) }),
  publicRoutes: ({ services }) => trackingRoutes({ tracking: services.caseTracking, chrome: services.chrome }),
}
