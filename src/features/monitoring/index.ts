export { monitoringModule } from './monitoring.module.ts'
export type { MonitoringCodes } from './monitoring-codes.ts'
import type { PortalServices } from '../../platform/module.ts'

/** Whether an EMC monitoring code (one loading from emc.gov.vn) is on the portal's pages: for the compliance page. */
export function hasEmcCode(services: Pick<PortalServices, 'monitoring'>): boolean {
  return services.monitoring.hasEmcCode()
}
