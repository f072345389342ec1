import * as notices from '../../migrations/20261207-0019-notices.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import type { PortalModule } from '../../platform/module.ts'
import { noticesAdminRoutes } from './notices-admin.ts'
import { noticesBlock } from './notices.block.ts'
import { NOTICES_PAGE, noticesRoutes } from './notices.routes.ts'
import { noticeMessages } from './messages.ts'

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** A notice was added, changed, moved or removed. */
    'notices.changed': Record<string, never>
  }
}

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    'notice.edit': true
  }
}

// Short notices for readers ("Thông báo"): a block the administrator places (the sidebar by
// default, or above the header), a page of them at /bang-tin ("Bảng tin": not /thong-bao, which many portals already use for a category), and a newsroom screen.
// Everything it adds to the portal is declared here.
export const noticesModule: PortalModule = {
  name: 'notices',
  title: 'Thông báo',
  messages: [noticeMessages],
  migrations: { '20261207-0019-notices': notices },
  publicPrefixes: ['bang-tin'],
  rights: { 'notice.edit': { roles: ['editor', 'approver', 'administrator'] } },
  relayed: ['notices.changed'],
  purges: { 'notices.changed': () => [NOTICES_PAGE, 'layout'] },
  nav: [{ label: 'Thông báo cho bạn đọc', href: '/toa-soan/thong-bao', right: 'notice.edit' }],
  audit: {
    actions: { 'notice.create': 'thêm thông báo', 'notice.update': 'sửa thông báo', 'notice.move': 'đổi thứ tự thông báo', 'notice.delete': 'xóa thông báo' },
    names: { notice: namesFrom('notices', 'title') },
  },
  blocks: ({ db }) => [noticesBlock(db)],
  publicRoutes: ({ db, services, responder }) => noticesRoutes({ db, chrome: services.chrome, responder }),
  newsroomRoutes: ({ db, clock, events }) => noticesAdminRoutes({ db, clock, events }),
}
