export { siteAdminRoutes } from './site-admin.routes.ts'
export type { SiteAdminDeps } from './site-admin-kit.ts'
export { siteAdminModule } from './site-admin.module.ts'
