import type { FastifyInstance } from 'fastify'
import { sectionRight, sendNewsroomPage } from '../accounts/index.ts'
import { categoryAdminRoutes } from './categories.routes.ts'
import { layoutAdminRoutes } from './layout.routes.ts'
import { linkGroupAdminRoutes } from './link-groups.routes.ts'
import { linkAdminRoutes } from './links.routes.ts'
import { settingsAdminRoutes } from './settings.routes.ts'
import type { SiteAdminDeps } from './site-admin-kit.ts'
import { weatherAdminRoutes } from './weather.routes.ts'
import { siteAdminIndexView } from './views/site-admin-index.view.ts'

/**
 * The newsroom's site administration (/toa-soan/quan-tri), for administrators: categories,
 * website links, weather places, site settings and the blocks' layout. Every change is audited and, once
 * committed, announced so that public pages are purged.
 */
export function siteAdminRoutes(deps: SiteAdminDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    // Every screen here, in the files registered below too, is for administrators.
    sectionRight(app, 'site.administer')
    app.get('/quan-tri', async (req, reply) => {
      return sendNewsroomPage(req, reply, 'Quản trị trang', siteAdminIndexView())
    })
    await app.register(categoryAdminRoutes(deps))
    await app.register(linkGroupAdminRoutes(deps))
    await app.register(linkAdminRoutes(deps))
    await app.register(weatherAdminRoutes(deps))
    await app.register(settingsAdminRoutes(deps))
    await app.register(layoutAdminRoutes(deps))
  }
}
