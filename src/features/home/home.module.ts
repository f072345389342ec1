import * as homePicks from '../../migrations/20261207-0133-home-picks.ts'
import type { PortalModule } from '../../platform/module.ts'
import { homeArrangementRoutes } from './home-arrangement.routes.ts'
import { homeRoutes } from './home.routes.ts'
import { homeMessages } from './messages.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** An editor placed, moved or took off a story of the home page. */
    'home.arranged': Record<string, never>
  }
}

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    'home.arrange': true
  }
}

// The home page, and the newsroom screen where editors choose its lead and featured stories.
export const homeModule: PortalModule = {
  name: 'home',
  title: 'Trang chủ',
  messages: [homeMessages],
  migrations: { '20261207-0133-home-picks': homePicks },
  rights: { 'home.arrange': { roles: ['editor', 'administrator'] } },
  relayed: ['home.arranged'],
  purges: { 'home.arranged': () => ['home'] },
  nav: [{ label: 'Sắp xếp trang chủ', href: '/toa-soan/trang-chu', right: 'home.arrange' }],
  audit: {
    actions: { 'home.pick': 'đặt bài lên trang chủ', 'home.move': 'đổi chỗ bài trên trang chủ', 'home.unpick': 'bỏ bài khỏi trang chủ' },
  },
  publicRoutes: ({ db, services, responder }) => homeRoutes({ db, listings: services.listings, categories: services.categories, chrome: services.chrome, responder }),
  newsroomRoutes: ({ db, clock, events }) => homeArrangementRoutes({ db, clock, events }),
}
