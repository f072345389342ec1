import * as visitsMigration from '../../migrations/20261212-0901-visits.ts'
import type { PortalModule } from '../../platform/module.ts'
import { statisticsMessages } from './messages.ts'
import { newsroomStatisticsRoutes } from './newsroom.routes.ts'
import { PageKinds } from './page-kind.ts'
import { publicStatisticsRoutes } from './public.routes.ts'
import { visitBeaconBlock, visitCounterBlock } from './statistics.blocks.ts'
import { seedStatisticsDemo } from './statistics-demo.ts'
import { STATISTICS_STYLES } from './statistics.styles.ts'
import { VisitRecorder } from './visit-recorder.ts'
import { NEWSROOM_STATISTICS } from './views/statistics-page.view.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    /** See the visit statistics (charts and tables) in the newsroom. */
    'statistics.view': true
  }
  interface PortalServices {
    /** Visits counted from the readers' beacon, in memory, written in batches; started by main.ts. */
    visits: VisitRecorder
    pageKinds: PageKinds
  }
}

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** The administrator chose other footer counters: the footer is rendered again. */
    'statistics.counter-changed': Record<string, never>
  }
}

// Thống kê truy cập (issue 16): visits counted from a beacon on every public page (no cookie,
// no address kept: a daily-salted hash), aggregated by day and hour, page kind, category,
// article, referring site and device; raw events kept 48 hours; charts in the newsroom; the
// footer counter filled in by a small uncached request so that pages stay cached.
export const statisticsModule: PortalModule = {
  name: 'statistics',
  title: 'Thống kê truy cập',
  messages: [statisticsMessages],
  migrations: { '20261212-0901-visits': visitsMigration },
  readerStyles: STATISTICS_STYLES,
  publicPrefixes: ['luot-truy-cap'],
  // Those who answer for the portal's reach: the administrator and the approvers (editors-in-chief).
  rights: { 'statistics.view': { roles: ['approver', 'administrator'] } },
  relayed: ['statistics.counter-changed'],
  purges: { 'statistics.counter-changed': () => ['layout'] },
  nav: [{ label: 'Thống kê truy cập', href: NEWSROOM_STATISTICS, right: 'statistics.view' }],
  audit: { actions: { 'statistics.counter': 'chọn bộ đếm truy cập ở chân trang' } },
  provide: ({ db, clock, log, services, prefixes }) => ({
    visits: new VisitRecorder(db, clock, log),
    pageKinds: new PageKinds(services.categories, prefixes),
  }),
  jobs: ({ services }) => services.visits.jobs(),
  blocks: ({ db }) => [visitBeaconBlock(), visitCounterBlock(db)],
  seedDemo: ({ db, now }) => seedStatisticsDemo(db, now),
  publicRoutes: ({ db, clock, services, responder, config }) => publicStatisticsRoutes({ db, clock, recorder: services.visits, kinds: services.pageKinds, responder, publicUrl: config.publicUrl }),
  newsroomRoutes: ({ db, clock, events, services }) => newsroomStatisticsRoutes({ db, clock, events, categories: services.categories, kinds: services.pageKinds }),
}
