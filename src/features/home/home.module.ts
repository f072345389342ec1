import type { PortalModule } from '../../platform/module.ts'
import { homeRoutes } from './home.routes.ts'
import { homeMessages } from './messages.ts'

export const homeModule: PortalModule = {
  name: 'home',
  title: 'Trang chủ',
  messages: [homeMessages],
  publicRoutes: ({ db, services, responder }) => homeRoutes({ db, listings: services.listings, categories: services.categories, chrome: services.chrome, responder }),
}
