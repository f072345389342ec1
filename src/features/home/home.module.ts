import type { PortalModule } from '../../platform/module.ts'
import { homeRoutes } from './home.routes.ts'

export const homeModule: PortalModule = {
  name: 'home',
  title: 'Trang chủ',
  publicRoutes: ({ services, responder }) => homeRoutes({ listings: services.listings, categories: services.categories, chrome: services.chrome, responder }),
}
