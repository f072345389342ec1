import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NavEntry, NewsroomAlert } from '../../platform/module.ts'
import { ForbiddenError } from '../../platform/http/errors.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { listAudit, recordAudit } from '../audit/index.ts'
import { recentNotices } from './account-notice.repository.ts'
import { sendNewsroomPage } from './newsroom-page.ts'
import { checkCsrf, clearSessionCookie, loadSignedIn, requireRight } from './newsroom-session.ts'
import { decoyPasswordHash } from './password.ts'
import { ENROLMENT_PAGE, ENROLMENT_PATHS, secondFactorRoutes } from './second-factor.routes.ts'
import { mustEnrolFirst } from './second-factor.service.ts'
import { deleteSession, deleteSessionsOfUser } from './session.repository.ts'
import { signInRoutes } from './sign-in.routes.ts'
import { auditLogView } from './views/audit-log.view.ts'
import { may } from './user.ts'
import { dashboardView } from './views/dashboard.view.ts'

export interface NewsroomDeps {
  db: Db
  clock: Clock
  /** The newsroom's other screens (articles, comments…), registered inside its session and CSRF checks. */
  sections?: ((app: FastifyInstance) => Promise<void>)[]
  /** The links of the newsroom's home page, from every module, shown to those who hold their right. */
  nav?: readonly NavEntry[]
  /** What the administrator should act on now, from every module. */
  alerts?: () => Promise<readonly NewsroomAlert[]>
}

const AUDIT_PAGE = 50

export function newsroomRoutes(deps: NewsroomDeps) {
  const { db, clock } = deps
  return async function routes(app: FastifyInstance): Promise<void> {
    await app.register(cookie)
    // Made at start-up, so that the first unknown address is not slower than the rest.
    decoyPasswordHash().catch(() => {})

    // Newsroom pages are personal: never kept by any cache, never indexed, never framed.
    app.addHook('onRequest', async (_req, reply) => {
      reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex').header('x-frame-options', 'DENY')
    })
    app.addHook('preHandler', async (req, reply) => {
      req.signedIn = await loadSignedIn(db, clock, req)
      if (req.method !== 'GET' && req.method !== 'HEAD' && !checkCsrf(req)) {
        throw new ForbiddenError('CSRF check failed', 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Xin tải lại trang và thử lại.')
      }
      // Required to have a second factor and not enrolled yet: enrolment before anything else.
      if (req.signedIn && !ENROLMENT_PATHS.includes(req.url.split('?')[0]!) && (await mustEnrolFirst(db, req.signedIn.user))) {
        return reply.redirect(ENROLMENT_PAGE, 303)
      }
    })

    const page = (reply: FastifyReply, req: FastifyRequest, title: string, main: SafeHtml, status = 200) => sendNewsroomPage(req, reply, title, main, status)
    for (const section of deps.sections ?? []) await app.register(section)
    await app.register(signInRoutes({ db, clock }))
    await app.register(secondFactorRoutes({ db, clock }))

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
      const [notices, alerts] = await Promise.all([recentNotices(db, user.id), deps.alerts?.() ?? []])
      const shown = { nav: (deps.nav ?? []).filter((entry) => !entry.right || may(user, entry.right)), alerts: alerts.filter((alert) => may(user, alert.right)) }
      return page(reply, req, 'Bàn làm việc', dashboardView(user, req.signedIn!.session.csrfToken, req.signedIn!.session, notices, shown))
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
