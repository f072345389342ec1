import { namesFrom } from '../../platform/audit-words.ts'
import * as newsroomAccounts from '../../migrations/20261129-0002-newsroom-accounts.ts'
import * as signInSecurity from '../../migrations/20261204-0012-sign-in-security.ts'
import * as accountTokens from '../../migrations/20261207-0302-account-tokens.ts'
import { AccountMail } from './account-mail.ts'
import { mailChoicesRoutes } from './mail-choices.routes.ts'
import type { PortalModule } from '../../platform/module.ts'
import { dashboardMessages } from './dashboard-messages.ts'
import { newsroomRoutes } from './newsroom.routes.ts'
import { newsroomStylesheetRoutes } from './newsroom-stylesheet.ts'
import { newsroomUserRoutes } from './users-admin.routes.ts'
import { NEWSROOM_ROLES } from './role.ts'
import { NewsroomAddresses } from './newsroom-addresses.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    'newsroom.enter': true
    'user.manage': true
    'audit.read': true
  }
  interface PortalServices {
    /** Which right each newsroom page needs: a page linking to another can tell whether this user would be let in. */
    newsroomAddresses: NewsroomAddresses
  }
}

// The newsroom itself: sign-in, sessions, CSRF, the home page (Bàn làm việc), users and the
// audit log. Every other module's newsroom screens are mounted inside it.
export const accountsModule: PortalModule = {
  name: 'accounts',
  title: 'Tòa soạn',
  migrations: {
    '20261129-0002-newsroom-accounts': newsroomAccounts, '20261204-0012-sign-in-security': signInSecurity,
    '20261207-0302-account-tokens': accountTokens,
  },
  messages: [dashboardMessages],
  publicPrefixes: ['toa-soan'],
  roles: NEWSROOM_ROLES,
  rights: {
    'newsroom.enter': { roles: 'every' },
    'user.manage': { roles: ['administrator'] },
    'audit.read': { roles: ['administrator'] },
  },
  audit: {
    actions: {
      'user.create': 'tạo tài khoản', 'user.update': 'sửa tài khoản', 'user.reset-password': 'đặt lại mật khẩu của', 'user.change-password': 'đổi mật khẩu của mình',
      'user.change-password-failed': 'đổi mật khẩu không thành công', 'user.sign-in': 'đăng nhập', 'user.sign-in-locked': 'bị tạm khóa đăng nhập',
      'user.sign-out': 'đăng xuất', 'user.sign-out-everywhere': 'đăng xuất khỏi mọi nơi', 'user.second-factor-enrol': 'bật xác thực hai bước',
      'user.second-factor-enrol-failed': 'bật xác thực hai bước không thành công', 'user.reset-second-factor': 'đặt lại xác thực hai bước của',
      'user.grant-own-changes': 'cho phép tự xuất bản bản sửa của mình cho', 'user.revoke-own-changes': 'thu lại quyền tự xuất bản bản sửa của',
      'settings.second-factor-required': 'đổi yêu cầu xác thực hai bước',
      'user.resend-invitation': 'gửi lại thư mời cho', 'user.set-password-by-link': 'đặt mật khẩu qua liên kết trong thư',
      'user.request-password-reset': 'yêu cầu đặt lại mật khẩu cho', 'user.change-mail-choices': 'đổi lựa chọn nhận thư',
    },
    names: { user: namesFrom('users', 'name') },
  },
  nav: [
    { label: 'Nhật ký hoạt động', href: '/toa-soan/nhat-ky', right: 'audit.read' },
    { label: 'Người dùng', href: '/toa-soan/nguoi-dung', right: 'user.manage' },
  ],
  provide: () => ({ newsroomAddresses: new NewsroomAddresses() }),
  publicRoutes: ({ responder }) => newsroomStylesheetRoutes(responder),
  newsroomRoutes: ({ db, clock, services, config }) => async (app) => {
    await app.register(newsroomUserRoutes({ db, clock, categories: services.categories, mail: new AccountMail(services.mail, config.publicUrl) }))
    await app.register(mailChoicesRoutes({ db, clock, mailEnabled: services.mail.enabled }))
  },
  newsroomShell: ({ db, clock, services, config }, { sections, nav, alerts, dashboard, audit }) =>
    newsroomRoutes({ db, clock, sections, nav, alerts, dashboard, audit, mail: new AccountMail(services.mail, config.publicUrl), addresses: services.newsroomAddresses }),
}
