import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { once } from '../../platform/http/request-schemas.ts'
import { CodeForm, SignInForm, SignInQuery, VisitorHeaders } from './account.schemas.ts'
import type { AccountMail } from './account-mail.ts'
import { formCsrfToken, setSessionCookie } from './newsroom-session.ts'
import { sendNewsroomPage } from './newsroom-page.ts'
import { PENDING_MS } from './pending-sign-in.repository.ts'
import { signInWithCode, signInWithPassword, type SignInOutcome } from './sign-in.service.ts'
import { normaliseEmail } from './user.ts'
import { secondStepView } from './views/second-step.view.ts'
import { signInView } from './views/sign-in.view.ts'

/** Between the password and the code: a cookie of its own, which opens nothing but the second step. */
export const PENDING_COOKIE = 'ts_pending'
const SECOND_STEP = '/toa-soan/dang-nhap/ma-xac-thuc'

export function signInRoutes({ db, clock, mail }: { db: Db; clock: Clock; mail?: AccountMail }) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/dang-nhap', { schema: { querystring: SignInQuery }, config: { right: 'anyone' } }, async (req, reply) => {
      if (req.signedIn) return reply.redirect('/toa-soan', 303)
      const next = safeNext(once(req.query.tiep))
      const passwordSet = req.query['da-dat-mat-khau'] !== undefined
      return sendNewsroomPage(req, reply, 'Đăng nhập', signInView({ email: '', next, csrfToken: formCsrfToken(req, reply), passwordSet }))
    })

    app.post('/dang-nhap', { schema: { body: SignInForm, headers: VisitorHeaders }, config: { right: 'anyone' } }, async (req, reply) => {
      const body = { email: once(req.body.email), password: once(req.body.password) }
      const email = body.email !== undefined ? normaliseEmail(body.email).slice(0, 200) : ''
      const password = body.password !== undefined ? body.password.slice(0, 1000) : ''
      const next = safeNext(once(req.body.tiep))
      const again = (error: string, status: number) =>
        sendNewsroomPage(req, reply, 'Đăng nhập', signInView({ email, next, csrfToken: formCsrfToken(req, reply), error }), status)
      if (!email || !password) return again('Xin nhập thư điện tử và mật khẩu.', 422)

      const outcome = await signInWithPassword(db, visitorOf(req), { email, password, next }, clock.now(), mail)
      if (outcome.kind === 'code-needed') {
        reply.setCookie(PENDING_COOKIE, outcome.pendingToken, {
          path: '/toa-soan/dang-nhap', httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', maxAge: PENDING_MS / 1000,
        })
        return reply.redirect(SECOND_STEP, 303)
      }
      return answer(req, reply, outcome, (error, status) => again(error, status), 'Thư điện tử hoặc mật khẩu không đúng.')
    })

    app.get('/dang-nhap/ma-xac-thuc', { config: { right: 'anyone' } }, async (req, reply) => {
      if (req.signedIn) return reply.redirect('/toa-soan', 303)
      if (!req.cookies[PENDING_COOKIE]) return reply.redirect('/toa-soan/dang-nhap', 303)
      return sendNewsroomPage(req, reply, 'Mã xác thực', secondStepView({ csrfToken: formCsrfToken(req, reply) }))
    })

    app.post('/dang-nhap/ma-xac-thuc', { schema: { body: CodeForm, headers: VisitorHeaders }, config: { right: 'anyone' } }, async (req, reply) => {
      const code = once(req.body.code) ?? ''
      const again = (error: string, status: number) =>
        sendNewsroomPage(req, reply, 'Mã xác thực', secondStepView({ csrfToken: formCsrfToken(req, reply), error }), status)
      if (!code.trim()) return again('Xin nhập mã xác thực.', 422)
      const outcome = await signInWithCode(db, visitorOf(req), req.cookies[PENDING_COOKIE] ?? '', code, clock.now(), mail)
      if (outcome.kind === 'start-again') {
        clearPending(reply)
        return sendNewsroomPage(req, reply, 'Đăng nhập', signInView({
          email: '', next: '/toa-soan', csrfToken: formCsrfToken(req, reply), error: 'Phiên đăng nhập đã hết hạn hoặc đã nhập sai mã quá nhiều lần. Xin đăng nhập lại.',
        }), 422)
      }
      return answer(req, reply, outcome, again, 'Mã xác thực không đúng hoặc đã được dùng.')
    })
  }
}

function answer(req: FastifyRequest, reply: FastifyReply, outcome: SignInOutcome, again: (error: string, status: number) => FastifyReply, wrong: string): FastifyReply {
  switch (outcome.kind) {
    case 'signed-in':
      clearPending(reply)
      setSessionCookie(req, reply, outcome.sessionToken)
      return reply.redirect(outcome.next, 303)
    case 'slowed':
      reply.header('retry-after', String(outcome.retryAfterSeconds))
      return again(`Bạn đã đăng nhập sai nhiều lần. Xin thử lại sau ${Math.ceil(outcome.retryAfterSeconds / 60)} phút.`, 429)
    default:
      return again(wrong, 422)
  }
}

function clearPending(reply: FastifyReply): void {
  reply.clearCookie(PENDING_COOKIE, { path: '/toa-soan/dang-nhap' })
}

function visitorOf(req: FastifyRequest) {
  return { ip: req.ip, userAgent: req.headers['user-agent'] ?? '' }
}

/** Only back into the newsroom: never an open redirect to another site. */
function safeNext(value: string | undefined): string {
  return value !== undefined && /^\/toa-soan(\/[a-z0-9\-/]*)?(\?[^\s]*)?$/.test(value) && !value.startsWith('//') ? value : '/toa-soan'
}
