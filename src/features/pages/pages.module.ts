import { pageTranslationSource } from './pages.translations.ts'
import * as menus from '../../migrations/20261211-0902-menus.ts'
import * as pages from '../../migrations/20261211-0901-pages.ts'
import type { PortalModule } from '../../platform/module.ts'
import { BuiltMenuSource } from './built-menus.ts'
import { menuOfKey, menuTitle, NEWSROOM_MENUS } from './menu.ts'
import { menuNewsroomRoutes } from './menu.routes.ts'
import { pagesMessages } from './messages.ts'
import { pagesNewsroomRoutes } from './newsroom.routes.ts'
import { NEWSROOM_PAGES, PAGES_PREFIX, PAGES_TAG } from './page.ts'
import { pageSource } from './page.source.ts'
import { pagesDashboard } from './pages-dashboard.ts'
import { seedPagesDemo } from './pages-demo.ts'
import { PAGES_STYLES } from './pages.styles.ts'
import { pagesRoutes } from './public.routes.ts'
import './pages.table.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    /** Write and change the static pages, send them for approval, restore an older revision. */
    'page.edit': true
    /** Publish a static page, return it, take it down. */
    'page.publish': true
    /** Build the main and footer menus of each language. */
    'menu.edit': true
  }
}

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** What readers see of a page changed (published, taken down, moved): every page is purged (menus, breadcrumbs, sub-page lists). */
    'pages.changed': { pageId: number }
    /** A menu changed: every page carries the menus, so all are purged. */
    'menus.changed': Record<string, never>
  }
}

// Trang tĩnh and the menu editor (issue 16): the organisation's own pages under /trang/ with
// revisions and a draft → waiting → published workflow, their English versions under
// /en/page/, and the readers' main and footer menus as the administrator builds them (the site
// module's chrome reads them from its `menus` point; decision 0058).
export const pagesModule: PortalModule = {
  name: 'pages',
  title: 'Trang tĩnh và menu',
  messages: [pagesMessages],
  migrations: { '20261211-0901-pages': pages, '20261211-0902-menus': menus },
  readerStyles: PAGES_STYLES,
  publicPrefixes: [PAGES_PREFIX],
  // Least privilege: editors write, approvers publish, the administrator builds the menus.
  rights: {
    'page.edit': { roles: ['editor', 'approver', 'administrator'] },
    'page.publish': { roles: ['approver', 'administrator'] },
    'menu.edit': { roles: ['administrator'] },
  },
  relayed: ['pages.changed', 'menus.changed'],
  // The menus and the breadcrumbs name pages on every page: a change readers see purges all.
  purges: { 'pages.changed': () => [PAGES_TAG, 'layout'], 'menus.changed': () => ['layout'] },
  nav: [
    { label: 'Trang tĩnh', href: NEWSROOM_PAGES, right: 'page.edit' },
    { label: 'Menu', href: NEWSROOM_MENUS, right: 'menu.edit' },
  ],
  audit: {
    actions: {
      'page.create': 'thêm trang', 'page.update': 'sửa trang', 'page.delete': 'xóa trang', 'page.move': 'đổi thứ tự trang',
      'page.submit': 'gửi duyệt trang', 'page.return': 'trả lại trang', 'page.publish': 'xuất bản trang', 'page.unpublish': 'gỡ xuống trang',
      'page.restore': 'khôi phục phiên bản cũ của trang',
      'menu-item.create': 'thêm mục menu', 'menu-item.update': 'sửa mục menu', 'menu-item.delete': 'xóa mục menu', 'menu-item.move': 'đổi thứ tự mục menu',
      'menu.reset': 'trả menu về mặc định', 'menu.copy-default': 'bắt đầu menu từ menu mặc định',
    },
    names: {
      page: pageTitles,
      menu: async (_db, ids) => new Map(ids.flatMap((id) => {
        const which = menuOfKey(id)
        return which ? [[id, menuTitle(which.menu, which.lang)] as const] : []
      })),
    },
  },
  seedDemo: ({ db, now }) => seedPagesDemo(db, now),
  sources: ({ db, events }) => [pageSource({ db, events })],
  // Pages with an English version, and whether it is older than the Vietnamese (the translation status page).
  // The menus the administrator builds, read by the site's chrome (its `menus` point).
  contributes: ({ db, events, services, locales, menuLinks }) => ({
    translations: [pageTranslationSource(db)],
    menus: [new BuiltMenuSource({ db, events, categories: services.categories, locales, menuLinks })],
  }),
  dashboard: ({ db }) => pagesDashboard(db),
  publicRoutes: ({ db, services, responder }) => pagesRoutes({ db, chrome: services.chrome, responder }),
  newsroomRoutes: ({ db, clock, events, services, locales, menuLinks }) => async (app) => {
    await app.register(pagesNewsroomRoutes({ db, clock, events }))
    await app.register(menuNewsroomRoutes({ db, clock, events, categories: services.categories, locales, menuLinks }))
  },
}

/** A page's name in the audit log: its newest title. */
async function pageTitles(db: Parameters<NonNullable<NonNullable<PortalModule['audit']>['names']>[string]>[0], ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
  const numbers = ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number)
  if (numbers.length === 0) return new Map()
  const rows = await db.selectFrom('page_revisions').select(['page_id', 'title', 'id']).where('page_id', 'in', numbers).orderBy('id').execute()
  return new Map(rows.map((r) => [String(r.page_id), r.title]))
}
