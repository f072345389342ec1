import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { Block } from '../../platform/layout/index.ts'
import { listActiveAlerts } from './alert.repository.ts'
import { DISMISS_SCRIPT } from './public.routes.ts'
import { alertBannerView } from './views/alert-banner.view.ts'

/**
 * The active alerts at the very top of every public page, in every language, above the
 * header and the content ('top' slot). Read from the database when rendered, kept until what
 * the pages show changes ('alerts.shown', said by the board on each instance).
 */
export const alertsBlock = (db: Db, clock: Clock): Block => ({
  id: 'urgent-alerts',
  title: 'Cảnh báo khẩn',
  slots: ['top'],
  defaultPlacement: { slot: 'top', order: 0 },
  // An administrator may move it but never hide it: a storm warning must reach every reader.
  alwaysShown: true,
  render: async (locale) => alertBannerView(await listActiveAlerts(db, clock.now()), locale, DISMISS_SCRIPT.url),
  staleOn: ['alerts.shown'],
})
