import * as portal from '../../migrations/20261129-0001-portal.ts'
import type { PortalModule } from '../../platform/module.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import { PortalChrome } from './portal-chrome.ts'
import { siteRoutes } from './site.routes.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    'settings.changed': Record<string, never>
  }
}

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** What every public page has around its content: header, menu, sidebar, footer. */
    chrome: PortalChrome
    /** Another module's block for the sidebar, between the weather and the links ("Đọc nhiều"). */
    sidebarBlock?: () => Promise<SafeHtml>
  }
}

// The portal itself: its settings, its chrome, its stylesheet and scripts, uploaded files.
// Its first migration made the tables the first release shared (categories, articles, tags,
// links, weather, settings); later ones belong to the module that made them.
export const siteModule: PortalModule = {
  name: 'site',
  title: 'Cổng thông tin',
  migrations: { '20261129-0001-portal': portal },
  publicPrefixes: ['assets', 'media'],
  relayed: ['settings.changed'],
  purges: { 'settings.changed': () => ['layout'] },
  provide: ({ db, events, services }) => ({
    chrome: new PortalChrome(db, events, services.categories, async () => ('sidebarBlock' in services && services.sidebarBlock ? services.sidebarBlock() : html``)),
  }),
  publicRoutes: ({ media, responder, config }) => siteRoutes({ media, responder, publicUrl: config.publicUrl }),
}
