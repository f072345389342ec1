import * as newsroomAccounts from '../../migrations/20261129-0002-newsroom-accounts.ts'
import * as signInSecurity from '../../migrations/20261204-0012-sign-in-security.ts'
import type { PortalModule } from '../../platform/module.ts'
import { newsroomRoutes } from './newsroom.routes.ts'
import { newsroomUserRoutes } from './users-admin.routes.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    'newsroom.enter': true
    'user.manage': true
    'audit.read': true
  }
}

// The newsroom itself: sign-in, sessions, CSRF, the home page (Bàn làm việc), users and the
// audit log. Every other module's newsroom screens are mounted inside it.
export const accountsModule: PortalModule = {
  name: 'accounts',
  title: 'Tòa soạn',
  migrations: { '20261129-0002-newsroom-accounts': newsroomAccounts, '20261204-0012-sign-in-security': signInSecurity },
  publicPrefixes: ['toa-soan'],
  rights: {
    'newsroom.enter': { roles: ['reporter', 'editor', 'approver', 'moderator', 'administrator'] },
    'user.manage': { roles: ['administrator'] },
    'audit.read': { roles: ['administrator'] },
  },
  nav: [
    { label: 'Nhật ký hoạt động', href: '/toa-soan/nhat-ky', right: 'audit.read' },
    { label: 'Người dùng', href: '/toa-soan/nguoi-dung', right: 'user.manage' },
  ],
  newsroomRoutes: ({ db, clock, services }) => newsroomUserRoutes({ db, clock, categories: services.categories }),
  newsroomShell: ({ db, clock }, { sections, nav, alerts }) => newsroomRoutes({ db, clock, sections, nav, alerts }),
}
