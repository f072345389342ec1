import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { ForbiddenError } from '../../platform/http/errors.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { listAudit, recordAudit } from '../audit/index.ts'
import {
  checkCsrf, clearSessionCookie, formCsrfToken, loadSignedIn, requireRight, setSessionCookie,
} from './newsroom-session.ts'
import { decoyPasswordHash, verifyPassword } from './password.ts'
import { createSession, deleteSession, deleteSessionsOfUser } from './session.repository.ts'
import { checkSignInAllowed, clearSignInFailures, guardKeys, recordSignInFailure } from './sign-in-guard.ts'
import { findUserCredentials } from './user.repository.ts'
import { normaliseEmail } from './user.ts'
import { auditLogView } from './views/audit-log.view.ts'
import { dashboardView } from './views/dashboard.view.ts'
import { newsroomLayoutView, type NewsroomPage } from './views/newsroom-layout.view.ts'
import { signInView } from './views/sign-in.view.ts'

export interface NewsroomDeps {
  db: Db
  clock: Clock
  /** The newsroom's other screens (articles, comments…), registered inside its session and CSRF checks. */
  sections?: ((app: FastifyInstance) => Promise<void>)[]
}

export function sendNewsroomPage(req: FastifyRequest, reply: FastifyReply, title: string, main: SafeHtml, status = 200, scripts: string[] = []): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(newsroomLayoutView({
    title, main, scripts, ...(req.signedIn ? { user: req.signedIn.user, csrfToken: req.signedIn.session.csrfToken } : {}),
  } satisfies NewsroomPage).value)
}

const AUDIT_PAGE = 50

export function newsroomRoutes(deps: NewsroomDeps) {
  const { db, clock } = deps
  return async function routes(app: FastifyInstance): Promise<void> {
    await app.register(cookie)
    // Made at start-up, so that the first unknown address is not slower than the rest.
    void decoyPasswordHash()

    // Newsroom pages are personal: never kept by any cache, never indexed, never framed.
    app.addHook('onRequest', async (_req, reply) => {
      reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').header('x-frame-options', 'DENY')
    })
    app.addHook('preHandler', async (req) => {
      req.signedIn = await loadSignedIn(db, clock, req)
      if (req.method !== 'GET' && req.method !== 'HEAD' && !checkCsrf(req)) {
        throw new ForbiddenError('CSRF check failed', 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Xin tải lại trang và thử lại.')
      }
    })

    const page = (reply: FastifyReply, req: FastifyRequest, title: string, main: SafeHtml, status = 200) => sendNewsroomPage(req, reply, title, main, status)
    for (const section of deps.sections ?? []) await app.register(section)

    app.get('/dang-nhap', async (req, reply) => {
      if (req.signedIn) return reply.redirect('/toa-soan', 303)
      const next = safeNext((req.query as Record<string, unknown>).tiep)
      return page(reply, req, 'Đăng nhập', signInView({ email: '', next, csrfToken: formCsrfToken(req, reply) }))
    })

    app.post('/dang-nhap', async (req, reply) => {
      const body = req.body as Record<string, unknown>
      const email = typeof body.email === 'string' ? normaliseEmail(body.email).slice(0, 200) : ''
      const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : ''
      const next = safeNext(body.tiep)
      const again = (error: string, status: number) =>
        page(reply, req, 'Đăng nhập', signInView({ email, next, csrfToken: formCsrfToken(req, reply), error }), status)
      if (!email || !password) return again('Xin nhập thư điện tử và mật khẩu.', 422)

      const keys = guardKeys(email, req.ip)
      const verdict = await checkSignInAllowed(db, keys, clock.now())
      if (!verdict.allowed) {
        reply.header('retry-after', String(verdict.retryAfterSeconds))
        return again(`Bạn đã đăng nhập sai nhiều lần. Xin thử lại sau ${Math.ceil(verdict.retryAfterSeconds / 60)} phút.`, 429)
      }
      const found = await findUserCredentials(db, email)
      // Unknown, deactivated or wrong: every refusal runs one full derivation, so none answers sooner.
      const passwordOk = await verifyPassword(password, found?.passwordHash ?? await decoyPasswordHash())
      if (!found || !passwordOk || !found.user.isActive) {
        await recordSignInFailure(db, keys, clock.now())
        await recordAudit(db, { userId: found?.user.id ?? null, action: 'user.sign-in-failed', itemType: 'user', itemId: email, ip: req.ip }, clock.now())
        return again('Thư điện tử hoặc mật khẩu không đúng.', 422)
      }
      await clearSignInFailures(db, email)
      const token = await createSession(db, found.user.id, clock.now(), { ip: req.ip, userAgent: req.headers['user-agent'] ?? '' })
      await recordAudit(db, { userId: found.user.id, action: 'user.sign-in', itemType: 'user', itemId: found.user.id, ip: req.ip }, clock.now())
      setSessionCookie(req, reply, token)
      return reply.redirect(next, 303)
    })

    app.post('/dang-xuat', async (req, reply) => {
      if (req.signedIn) {
        await deleteSession(db, req.signedIn.session.tokenHash)
        await recordAudit(db, { userId: req.signedIn.user.id, action: 'user.sign-out', itemType: 'user', itemId: req.signedIn.user.id, ip: req.ip }, clock.now())
      }
      clearSessionCookie(reply)
      return reply.redirect('/toa-soan/dang-nhap', 303)
    })

    app.post('/dang-xuat-moi-noi', async (req, reply) => {
      const user = requireRight(req, reply, 'newsroom.enter')
      if (!user) return reply
      const count = await deleteSessionsOfUser(db, user.id)
      await recordAudit(db, { userId: user.id, action: 'user.sign-out-everywhere', itemType: 'user', itemId: user.id, ip: req.ip, details: { sessions: count } }, clock.now())
      clearSessionCookie(reply)
      return reply.redirect('/toa-soan/dang-nhap', 303)
    })

    app.get('/', async (req, reply) => {
      const user = requireRight(req, reply, 'newsroom.enter')
      if (!user) return reply
      return page(reply, req, 'Bàn làm việc', dashboardView(user, req.signedIn!.session.csrfToken, req.signedIn!.session))
    })

    app.get('/nhat-ky', async (req, reply) => {
      const user = requireRight(req, reply, 'audit.read')
      if (!user) return reply
      const query = req.query as Record<string, unknown>
      const action = typeof query['hanh-dong'] === 'string' ? query['hanh-dong'].trim().slice(0, 100) : ''
      const userIdText = typeof query['nguoi-dung'] === 'string' ? query['nguoi-dung'].trim() : ''
      const userId = /^\d{1,9}$/.test(userIdText) ? Number(userIdText) : undefined
      const before = typeof query.truoc === 'string' && /^\d{1,12}$/.test(query.truoc) ? Number(query.truoc) : undefined
      const records = await listAudit(db, { action: action || undefined, userId, beforeId: before, limit: AUDIT_PAGE })
      const last = records.at(-1)
      const params = new URLSearchParams({ ...(action ? { 'hanh-dong': action } : {}), ...(userId ? { 'nguoi-dung': String(userId) } : {}) })
      const nextUrl = records.length === AUDIT_PAGE && last ? `/toa-soan/nhat-ky?${params.toString()}${params.size ? '&' : ''}truoc=${last.id}` : undefined
      return page(reply, req, 'Nhật ký hoạt động', auditLogView(records, { action, userId: userIdText }, nextUrl))
    })
  }
}

/** Only back into the newsroom: never an open redirect to another site. */
function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/toa-soan(\/[a-z0-9\-/]*)?(\?[^\s]*)?$/.test(value) && !value.startsWith('//') ? value : '/toa-soan'
}
