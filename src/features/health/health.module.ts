import type { PortalModule } from '../../platform/module.ts'
import { healthRoutes } from './health.routes.ts'

export const healthModule: PortalModule = {
  name: 'health',
  title: 'Tình trạng hệ thống',
  publicPrefixes: ['healthz'],
  publicRoutes: ({ db, relay }) => healthRoutes({ db, ...(relay ? { redis: () => relay.state } : {}) }),
}
