export { apiRoutes, type ApiDeps } from './api.routes.ts'
export { openApiPlugin, openApiRoute } from './openapi.ts'
export { apiModule } from './api.module.ts'
