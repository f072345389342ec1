import * as workCalendar from '../../migrations/20261207-0701-work-calendar.ts'
import { phrase } from '../../platform/i18n/index.ts'
import type { PortalModule } from '../../platform/module.ts'
import { CalendarDesk } from './calendar-desk.ts'
import { CALENDAR_STYLES } from './calendar.styles.ts'
import './calendar.table.ts'
import { calendarDashboard } from './calendar-dashboard.ts'
import { calendarMessages } from './messages.ts'
import { newsroomCalendarRoutes } from './newsroom.routes.ts'
import { CALENDAR_FEEDS_TAG, CALENDAR_TAG, ENGLISH_CALENDAR, NEWSROOM_CALENDAR, VIETNAMESE_CALENDAR, weekTag } from './paths.ts'
import { publicCalendarRoutes } from './public.routes.ts'
import { newDayJob } from './new-day.job.ts'
import { weekHeading } from './views/newsroom-week.view.ts'
import { seedCalendarDemo } from './work-calendar-demo.ts'

declare module '../../platform/module.ts' {
  interface NewsroomRoles {
    /** Thư ký: enters the leaders' work calendar, with no article rights. */
    secretary: true
  }
  interface NewsroomActions {
    /** Enter and change the work calendar's entries, send a week for approval. */
    'calendar.edit': true
    /** Approve a week's calendar (which publishes it) or return it to the secretary. */
    'calendar.approve': true
  }
  interface PortalServices {
    calendarDesk: CalendarDesk
  }
}

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** Entries of these weeks were changed, or a week moved on; newDay: the day turned in Viet Nam (today's mark moves). */
    'calendar.changed': { weeks: string[]; newDay?: boolean }
  }
}

// Lịch công tác (issue 16): the leaders' weekly work calendar at /lich-cong-tac (English at
// /en/work-calendar), entered by the secretary, approved and published a week at a time, with
// iCalendar feeds for all and per leader.
export const workCalendarModule: PortalModule = {
  name: 'work-calendar',
  title: 'Lịch công tác',
  messages: [calendarMessages],
  migrations: { '20261207-0701-work-calendar': workCalendar },
  publicPrefixes: ['lich-cong-tac'],
  menuLinks: [{ label: phrase(calendarMessages, 'heading'), href: { vi: VIETNAMESE_CALENDAR.list, en: ENGLISH_CALENDAR.list }, order: 30 }],
  readerStyles: CALENDAR_STYLES,
  roles: { secretary: 'Thư ký' },
  rights: {
    'calendar.edit': { roles: ['secretary', 'approver', 'administrator'] },
    'calendar.approve': { roles: ['approver', 'administrator'] },
  },
  relayed: ['calendar.changed'],
  purges: { 'calendar.changed': ({ weeks, newDay }) => (newDay ? [CALENDAR_TAG] : [...weeks.map(weekTag), CALENDAR_FEEDS_TAG]) },
  nav: [{ label: 'Lịch công tác', href: NEWSROOM_CALENDAR, right: 'calendar.edit' }],
  audit: {
    actions: {
      'calendar.create': 'thêm lịch công tác', 'calendar.update': 'sửa lịch công tác', 'calendar.delete': 'xóa lịch công tác',
      'calendar.cancel': 'hoãn lịch công tác', 'calendar.restore': 'khôi phục lịch công tác',
      'calendar-week.submit': 'gửi duyệt', 'calendar-week.publish': 'duyệt và công bố', 'calendar-week.return': 'trả lại',
    },
    names: {
      'calendar-entry': async (db, ids) => {
        const numbers = ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number)
        if (numbers.length === 0) return new Map()
        const rows = await db.selectFrom('calendar_entries').select(['id', 'title', 'day']).where('id', 'in', numbers).execute()
        return new Map(rows.map((r) => [String(r.id), `${r.title} (${r.day.split('-').reverse().join('/')})`]))
      },
      'calendar-week': async (_db, ids) => new Map(ids.filter((id) => /^\d{4}-W\d{2}$/.test(id)).map((id) => [id, weekHeading(id)])),
    },
  },
  provide: ({ db, clock, events }) => ({ calendarDesk: new CalendarDesk(db, clock, events) }),
  jobs: ({ clock, events }) => [newDayJob(clock, events)],
  dashboard: ({ db }) => calendarDashboard(db),
  seedDemo: ({ db, now }) => seedCalendarDemo(db, now),
  publicRoutes: ({ db, clock, services, responder, config }) => publicCalendarRoutes({ db, clock, chrome: services.chrome, responder, publicUrl: config.publicUrl }),
  newsroomRoutes: ({ db, clock, services }) => newsroomCalendarRoutes({ db, clock, desk: services.calendarDesk }),
}
