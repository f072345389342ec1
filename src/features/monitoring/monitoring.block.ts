import type { Block } from '../../platform/layout/index.ts'
import type { MonitoringCodes } from './monitoring-codes.ts'
import { monitoringHeadView } from './views/monitoring-head.view.ts'

/** The monitoring codes in every public page's <head> (the EMC code first). */
export const monitoringBlock = (codes: MonitoringCodes): Block => ({
  id: 'monitoring-codes',
  title: 'Mã theo dõi (EMC, thống kê)',
  slots: ['head'],
  defaultPlacement: { slot: 'head', order: 1 },
  render: async () => monitoringHeadView([...codes.current.emc.parts, ...codes.current.analytics.parts]),
  staleOn: ['monitoring.applied'],
})
