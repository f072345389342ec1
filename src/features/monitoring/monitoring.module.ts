import * as monitoringCodes from '../../migrations/20261209-0801-monitoring-codes.ts'
import type { PortalModule } from '../../platform/module.ts'
import { emcDuty } from './emc.duty.ts'
import { monitoringBlock } from './monitoring.block.ts'
import { MonitoringCodes } from './monitoring-codes.ts'
import { monitoringRoutes } from './monitoring.routes.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** The administrator saved the monitoring codes: every instance reads them again. */
    'monitoring.changed': Record<string, never>
    /** This instance has put the codes read again into its policy: its pages' <head> follows. */
    'monitoring.applied': Record<string, never>
  }
}

declare module '../../platform/module.ts' {
  interface PortalServices {
    monitoring: MonitoringCodes
  }
}

// The EMC monitoring code (Circular 22/2023 asks for it on every page before a portal goes live)
// and another analytics code: pasted by the administrator, read and confirmed, carried in every
// public page's <head>, and allowed by the policy for exactly the hosts and inline code read.
// The policy is the portal's at start plus what the codes need, set again after each change.
export const monitoringModule: PortalModule = {
  name: 'monitoring',
  title: 'Mã theo dõi',
  migrations: { '20261209-0801-monitoring-codes': monitoringCodes },
  relayed: ['monitoring.changed'],
  nav: [{ label: 'Mã theo dõi (EMC)', href: '/toa-soan/quan-tri/ma-theo-doi', right: 'site.administer' }],
  audit: { actions: { 'monitoring.update': 'sửa mã theo dõi' } },
  provide: async ({ db, policy, cache, events, log }) => {
    const monitoring = new MonitoringCodes({ db, policy, cache, events, log })
    await monitoring.reload()
    // Saved on another instance: read again here (this instance's own save has already done so).
    events.on('monitoring.changed', () => void monitoring.reload().catch((error: unknown) => {
      cache.clear()
      log.error(`could not read the monitoring codes again: ${error instanceof Error ? error.message : String(error)}`)
    }))
    return { monitoring }
  },
  blocks: ({ services }) => [monitoringBlock(services.monitoring)],
  compliance: ({ services }) => [emcDuty(services.monitoring)],
  newsroomRoutes: ({ db, clock, events, services }) => monitoringRoutes({ db, clock, events, codes: services.monitoring }),
}
