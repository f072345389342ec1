import * as outbox from '../../migrations/20261207-0301-mail-outbox.ts'
import type { Mailer } from '../../platform/mail.ts'
import type { PortalModule } from '../../platform/module.ts'
import { MailOutbox } from './mail-outbox.ts'
import './mail.table.ts'
import { mailMessages } from './messages.ts'
import { countMailByState } from './outbox.repository.ts'
import { outboxRoutes } from './outbox.routes.ts'
import { OUTBOX_PATH } from './outbox.view.ts'
import { smtpTransport } from './smtp-transport.ts'

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** Outgoing e-mail: letters queued in the caller's transaction, sent by a job over SMTP. */
    mail: Mailer
    /** The same outbox with its sending job and state, for this module's own parts. */
    mailOutbox: MailOutbox
  }
}

// Thư điện tử (issue 15): the portal's outgoing mail through a durable outbox. Without SMTP_URL
// the portal runs, keeps the letters and tells the administrator that mail is off.
export const mailModule: PortalModule = {
  name: 'mail',
  title: 'Thư điện tử',
  messages: [mailMessages],
  migrations: { '20261207-0301-mail-outbox': outbox },
  nav: [{ label: 'Thư đi', href: OUTBOX_PATH, right: 'site.administer' }],
  audit: { actions: { 'mail.retry': 'gửi lại thư' } },
  provide: (ctx) => {
    const outbox = new MailOutbox({
      db: ctx.db, dialect: ctx.database.dialect, clock: ctx.clock, locales: ctx.locales, log: ctx.log, jobs: ctx.jobs,
      from: ctx.config.mailFrom, host: new URL(ctx.config.publicUrl).hostname || 'localhost',
      transport: ctx.config.smtpUrl ? smtpTransport(ctx.config.smtpUrl) : undefined,
    })
    // Other modules see it as a Mailer only.
    return { mail: outbox, mailOutbox: outbox }
  },
  jobs: (ctx) => [ctx.services.mailOutbox.job()],
  async alerts(ctx) {
    const failed = (await countMailByState(ctx.db)).failed
    return [
      ...(ctx.services.mail.enabled ? [] : [{ right: 'site.administer' as const, message: 'Thư điện tử đang tắt (chưa đặt SMTP_URL): lời mời và đặt lại mật khẩu không gửi được qua thư.', href: OUTBOX_PATH }]),
      ...(failed > 0 ? [{ right: 'site.administer' as const, message: `Có ${failed} thư không gửi được sau nhiều lần thử.`, href: `${OUTBOX_PATH}?tinh-trang=failed` }] : []),
    ]
  },
  newsroomRoutes: (ctx) => outboxRoutes({ db: ctx.db, clock: ctx.clock, enabled: ctx.services.mail.enabled, wake: () => ctx.services.mail.wake() }),
}
