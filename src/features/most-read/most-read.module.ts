import * as articleViews from '../../migrations/20261202-0011-article-views.ts'
import type { PortalModule } from '../../platform/module.ts'
import { mostReadBlock } from './most-read.block.ts'
import { MostRead } from './most-read.ts'
import { ViewCounter } from './view-counter.ts'
import { viewBeacon, viewRoutes } from './views.routes.ts'
import { mostReadMessages } from './messages.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** This instance's "Đọc nhiều" list changed. Not relayed: every instance works out its own. */
    'most-read.changed': Record<string, never>
  }
}

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** The "Đọc nhiều" block, worked out in the background; started by main.ts. */
    mostRead: MostRead
    /** Readers' views, counted in memory and added to the database in batches; started by main.ts. */
    views: ViewCounter
  }
}

export const mostReadModule: PortalModule = {
  name: 'most-read',
  title: 'Đọc nhiều',
  messages: [mostReadMessages],
  migrations: { '20261202-0011-article-views': articleViews },
  publicPrefixes: ['luot-doc'],
  purges: { 'most-read.changed': () => ['layout'] },
  provide: ({ db, events, clock, log, sources }) => {
    const mostRead = new MostRead(db, events, clock, sources, log)
    // The article page carries the beacon; the list is a block the administrator places.
    return { mostRead, views: new ViewCounter(db, clock, log), viewBeacon }
  },
  jobs: ({ services }) => [services.views.job(), services.mostRead.job()],
  blocks: ({ services }) => [mostReadBlock(services.mostRead)],
  publicRoutes: ({ services, responder, config }) => viewRoutes({ counter: services.views, responder, publicUrl: config.publicUrl }),
}
