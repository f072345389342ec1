import * as workingDays from '../../migrations/20261204-0014-working-days.ts'
import type { PortalModule } from '../../platform/module.ts'
import { workingDayRoutes } from './newsroom.routes.ts'
import { WorkingCalendar } from './working-calendar.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** The administrator added or removed a holiday, day off or worked day. */
    'working-days.changed': Record<string, never>
  }
}

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** Working days (holidays, days off moved, weekend days worked): what deadlines are counted in. */
    workingDays: WorkingCalendar
  }
}

export const workingDaysModule: PortalModule = {
  name: 'working-days',
  title: 'Ngày làm việc',
  migrations: { '20261204-0014-working-days': workingDays },
  // Every instance's in-memory calendar follows; no public page shows it yet.
  relayed: ['working-days.changed'],
  provide: ({ db, events }) => ({ workingDays: new WorkingCalendar(db, events) }),
  newsroomRoutes: ({ db, clock, events }) => workingDayRoutes({ db, clock, events }),
}
