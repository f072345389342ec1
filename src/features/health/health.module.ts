import type { PortalModule } from '../../platform/module.ts'
import { healthRoutes } from './health.routes.ts'
import { jobsForAdministrator, systemStatusRoutes } from './system.routes.ts'

export const healthModule: PortalModule = {
  name: 'health',
  title: 'Tình trạng hệ thống',
  publicPrefixes: ['healthz'],
  publicRoutes: ({ db, clock, jobs, relay }) => healthRoutes({ db, administratorDetail: jobsForAdministrator({ db, clock, jobs }), ...(relay ? { redis: () => relay.state } : {}) }),
  // Its screen is linked from the site administration's index (Hệ thống).
  newsroomRoutes: ({ jobs }) => systemStatusRoutes({ jobs }),
}
