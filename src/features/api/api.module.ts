import type { PortalModule } from '../../platform/module.ts'
import { apiRoutes } from './api.routes.ts'
import { openApiRoute } from './openapi.ts'
import { structuredDataDuty } from './structured-data.duty.ts'

// The public JSON API (/api/v1/…). Other modules add their own services under /api/v1 too
// (search does); the OpenAPI document describes them all (openApiPlugin, registered by app.ts
// before any route, sees every one).
export const apiModule: PortalModule = {
  name: 'api',
  title: 'API công khai',
  publicPrefixes: ['api'],
  compliance: () => [structuredDataDuty],
  publicRoutes: ({ db, services, responder }) => async (app) => {
    await app.register(apiRoutes({ db, listings: services.listings, categories: services.categories, responder }), { prefix: '/api/v1' })
    openApiRoute(app)
  },
}
