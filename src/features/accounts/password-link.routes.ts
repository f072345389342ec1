import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { once } from '../../platform/http/request-schemas.ts'
import { ForgotPasswordForm, NewPasswordForm, TokenParams } from './account.schemas.ts'
import { TOKEN_PATHS, type AccountMail } from './account-mail.ts'
import { findAccountToken } from './account-token.repository.ts'
import type { AccountTokenPurpose } from './account-token.table.ts'
import { sendNewsroomPage } from './newsroom-page.ts'
import { formCsrfToken } from './newsroom-session.ts'
import { MIN_PASSWORD_LENGTH } from './password.ts'
import { requestPasswordReset, setPasswordByLink } from './password-link.service.ts'
import { PASSWORD_MAX } from './user-form.ts'
import { findUserById } from './user.repository.ts'
import { normaliseEmail } from './user.ts'
import { forgotPasswordView, FORGOT_PATH, linkEndedView, setPasswordView } from './views/password-link.view.ts'

/** After a link set the password: sign in with it (and the second factor, if any). */
export const PASSWORD_SET_PAGE = '/toa-soan/dang-nhap?da-dat-mat-khau'

/** The letters' links (invitation, reset) and "Quên mật khẩu?": open to anyone, CSRF-checked like the sign-in form. */
export function passwordLinkRoutes({ db, clock, mail }: { db: Db; clock: Clock; mail: AccountMail }) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    for (const purpose of ['invitation', 'password-reset'] as const) {
      const base = TOKEN_PATHS[purpose].replace('/toa-soan', '')
      app.get(`${base}/:token`, { schema: { params: TokenParams }, config: { right: 'anyone' } }, async (req, reply) => {
        const link = await findAccountToken(db, req.params.token, clock.now())
        // A deactivated account's link opens nothing (setting the password would refuse it too).
        if (link?.purpose !== purpose || !(await findUserById(db, link.userId))?.isActive) return ended(req, reply)
        return sendNewsroomPage(req, reply, 'Đặt mật khẩu', setPasswordView({ purpose, action: req.url, csrfToken: csrfFor(req, reply), errors: {} }))
      })

      app.post(`${base}/:token`, { schema: { params: TokenParams, body: NewPasswordForm }, config: { right: 'anyone' } }, async (req, reply) => {
        const errors = passwordProblems(once(req.body.next) ?? '', once(req.body.again) ?? '')
        if (Object.keys(errors).length > 0) {
          if (!(await findAccountToken(db, req.params.token, clock.now()))) return ended(req, reply)
          return sendNewsroomPage(req, reply, 'Đặt mật khẩu', setPasswordView({ purpose, action: req.url, csrfToken: csrfFor(req, reply), errors }), 422)
        }
        const done = await setPasswordByLink(db, { token: req.params.token, purpose: purpose satisfies AccountTokenPurpose }, once(req.body.next)!, req.ip, clock.now())
        return done ? reply.redirect(PASSWORD_SET_PAGE, 303) : ended(req, reply)
      })
    }

    app.get(FORGOT_PATH.replace('/toa-soan', ''), { config: { right: 'anyone' } }, async (req, reply) =>
      sendNewsroomPage(req, reply, 'Quên mật khẩu', forgotPasswordView({ mailEnabled: mail.enabled, csrfToken: csrfFor(req, reply), email: '' })))

    app.post(FORGOT_PATH.replace('/toa-soan', ''), { schema: { body: ForgotPasswordForm }, config: { right: 'anyone' } }, async (req, reply) => {
      const email = normaliseEmail(once(req.body.email) ?? '').slice(0, 254)
      const again = (m: { sent?: boolean; error?: string }, status: number) =>
        sendNewsroomPage(req, reply, 'Quên mật khẩu', forgotPasswordView({ mailEnabled: mail.enabled, csrfToken: csrfFor(req, reply), email: m.sent ? '' : email, ...m }), status)
      if (!mail.enabled) return again({}, 200)
      if (!email) return again({ error: 'Xin nhập địa chỉ thư điện tử.' }, 422)
      if (!(await requestPasswordReset(db, mail, email, req.ip, clock.now()))) {
        reply.header('retry-after', '3600')
        return again({ error: 'Bạn đã yêu cầu quá nhiều lần. Xin thử lại sau một giờ, hoặc nhờ quản trị viên đặt lại mật khẩu.' }, 429)
      }
      return again({ sent: true }, 200)
    })
  }
}

function ended(req: FastifyRequest, reply: FastifyReply) {
  return sendNewsroomPage(req, reply, 'Liên kết không còn dùng được', linkEndedView(), 410)
}

/** A signed-in visitor's forms carry their session's token; anyone else's, the form cookie's. */
function csrfFor(req: FastifyRequest, reply: FastifyReply): string {
  return req.signedIn ? req.signedIn.session.csrfToken : formCsrfToken(req, reply)
}

function passwordProblems(next: string, again: string): Record<string, string> {
  if (next.length < MIN_PASSWORD_LENGTH) return { next: `Mật khẩu mới phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` }
  if (next.length > PASSWORD_MAX) return { next: `Mật khẩu mới dài quá ${PASSWORD_MAX} ký tự.` }
  return again === next ? {} : { again: 'Hai lần nhập mật khẩu mới không khớp.' }
}
