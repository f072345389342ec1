import * as alertsMigration from '../../migrations/20261210-0901-alerts.ts'
import type { PortalModule } from '../../platform/module.ts'
import { AlertBoard, BOARD_EVERY_MS } from './alert-board.ts'
import { AlertDesk } from './alert-desk.ts'
import { listActiveAlerts } from './alert.repository.ts'
import { LEVEL_WORDS } from './alert.ts'
import { alertsBlock } from './alerts.block.ts'
import { seedAlertsDemo } from './alerts-demo.ts'
import { ALERT_STYLES } from './alerts.styles.ts'
import { alertMessages } from './messages.ts'
import { newsroomAlertRoutes } from './newsroom.routes.ts'
import { publicAlertRoutes } from './public.routes.ts'
import { NEWSROOM_ALERTS } from './views/newsroom-alerts.view.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    /** Post, edit and end the urgent alerts shown at the top of every public page. */
    'alert.post': true
  }
  interface PortalServices {
    alertBoard: AlertBoard
  }
}

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** An alert was posted, edited or ended: every instance looks again at what its pages show. */
    'alerts.changed': Record<string, never>
    /** What this instance's pages show of the alerts has changed (a change, a start or an end time): re-render, purge. */
    'alerts.shown': Record<string, never>
  }
}

// Cảnh báo khẩn (issue 16): "Bão số 9 đổ bộ…" at the top of every public page, in both
// languages, in the RSS feeds and at /api/v1/alerts, from its start to its end time.
export const alertsModule: PortalModule = {
  name: 'alerts',
  title: 'Cảnh báo khẩn',
  messages: [alertMessages],
  migrations: { '20261210-0901-alerts': alertsMigration },
  readerStyles: ALERT_STYLES,
  // Those who may publish articles may put words on every page at once.
  rights: { 'alert.post': { roles: ['approver', 'administrator'] } },
  // 'alerts.shown' stays here: each instance works it out from the shared database and its own clock.
  relayed: ['alerts.changed'],
  purges: { 'alerts.shown': () => ['layout'] },
  nav: [{ label: 'Cảnh báo khẩn', href: NEWSROOM_ALERTS, right: 'alert.post' }],
  audit: {
    actions: { 'alert.post': 'đăng cảnh báo khẩn', 'alert.update': 'sửa cảnh báo khẩn', 'alert.end': 'kết thúc cảnh báo khẩn' },
    names: {
      alert: async (db, ids) => {
        const numbers = ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number)
        if (numbers.length === 0) return new Map()
        const rows = await db.selectFrom('alerts').select(['id', 'text_vi']).where('id', 'in', numbers).execute()
        return new Map(rows.map((r) => [String(r.id), r.text_vi]))
      },
    },
  },
  provide: async ({ db, clock, events, responder, log }) => {
    const alertBoard = new AlertBoard({ db, clock, events, responder })
    await alertBoard.refresh()
    const again = () => void alertBoard.refresh().catch((error: unknown) => log.error({ err: error }, 'could not read the urgent alerts again'))
    // Posted on another instance, or events may have been missed while Redis was away.
    events.on('alerts.changed', again)
    events.on('instance.resync', again)
    return { alertBoard }
  },
  jobs: ({ services }) => [{
    name: 'alerts.schedule',
    label: 'Hiện và kết thúc cảnh báo khẩn đúng giờ',
    everyMs: BOARD_EVERY_MS,
    runAtStart: false,
    run: () => services.alertBoard.refresh(),
  }],
  blocks: ({ db, clock }) => [alertsBlock(db, clock)],
  feedPins: ({ db, clock }) => [{
    id: 'urgent-alerts',
    items: async () => (await listActiveAlerts(db, clock.now())).map((alert) => ({
      title: `${LEVEL_WORDS[alert.level]}: ${alert.textVi}`, url: alert.link || '/', lead: alert.textVi,
      publishedAt: alert.startsAt, guid: `canh-bao-${alert.id}-${alert.updatedAt.getTime()}`,
    })),
  }],
  seedDemo: ({ db, now }) => seedAlertsDemo(db, now),
  publicRoutes: ({ db, clock, responder }) => publicAlertRoutes({ db, clock, responder }),
  newsroomRoutes: ({ db, clock, events, services }) => newsroomAlertRoutes({ db, clock, desk: new AlertDesk({ db, clock, events, board: services.alertBoard }) }),
}
