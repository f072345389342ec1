import cookie from '@fastify/cookie'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { DashboardPart, NavEntry, NewsroomAlert, NewsroomViewer } from '../../platform/module.ts'
import { auditReader, type AuditReader } from '../../platform/audit-words.ts'
import { ForbiddenError } from '../../platform/http/errors.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { listAudit, recordAudit } from '../audit/index.ts'
import { once } from '../../platform/http/request-schemas.ts'
import { AuditQuery } from './account.schemas.ts'
import { AccountMail } from './account-mail.ts'
import { passwordLinkRoutes } from './password-link.routes.ts'
import { CHANGE_PASSWORD_PAGE } from './views/password.view.ts'
import { recentNotices } from './account-notice.repository.ts'
import { sendNewsroomPage } from './newsroom-page.ts'
import { checkRight, requireDeclaredRights, signedInUser } from './newsroom-rights.ts'
import type { NewsroomAddresses } from './newsroom-addresses.ts'
import { checkCsrf, clearSessionCookie, loadSignedIn } from './newsroom-session.ts'
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
  /** Every module's counts and recent activity for one user's home page. */
  dashboard?: (viewer: NewsroomViewer, now: Date) => Promise<DashboardPart[]>
  /** Audit entries in words, from every module's manifest. */
  audit?: AuditReader
  /** Told every newsroom page as it is declared, with the right it needs. */
  addresses?: NewsroomAddresses
  /** The accounts' letters (invitations, resets, lock-out notices); none: mail is off. */
  mail?: AccountMail
}

/** Where a user who must change a password an administrator saw may still go. */
const MUST_CHANGE_PATHS = [CHANGE_PASSWORD_PAGE, '/toa-soan/dang-xuat', ...ENROLMENT_PATHS]

const AUDIT_PAGE = 50
const DASHBOARD_ACTIVITY = 10

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
    requireDeclaredRights(app, deps.addresses)
    app.addHook('preHandler', async (req, reply) => {
      req.signedIn = await loadSignedIn(db, clock, req)
      if (req.method !== 'GET' && req.method !== 'HEAD' && !checkCsrf(req)) {
        throw new ForbiddenError('CSRF check failed', 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Xin tải lại trang và thử lại.')
      }
      // Required to have a second factor and not enrolled yet: enrolment before anything else.
      if (req.signedIn && !ENROLMENT_PATHS.includes(req.url.split('?')[0]!) && (await mustEnrolFirst(db, req.signedIn.user))) {
        return reply.redirect(ENROLMENT_PAGE, 303)
      }
      // Signed in with a password an administrator was shown: a password of their own first.
      if (req.signedIn?.user.mustChangePassword && !MUST_CHANGE_PATHS.includes(req.url.split('?')[0]!)) {
        return reply.redirect(CHANGE_PASSWORD_PAGE, 303)
      }
      // The route's declared right (newsroom-rights.ts): a sign-in redirect, a 403, or on to the handler.
      if (!checkRight(req, reply)) return reply
    })

    const page = (reply: FastifyReply, req: FastifyRequest, title: string, main: SafeHtml, status = 200) => sendNewsroomPage(req, reply, title, main, status)
    for (const section of deps.sections ?? []) await app.register(section)
    const mail = deps.mail ?? new AccountMail(undefined, 'http://localhost/')
    await app.register(signInRoutes({ db, clock, mail }))
    await app.register(passwordLinkRoutes({ db, clock, mail }))
    await app.register(secondFactorRoutes({ db, clock }))

    app.post('/dang-xuat', { config: { right: 'anyone' } }, async (req, reply) => {
      if (req.signedIn) {
        await deleteSession(db, req.signedIn.session.tokenHash)
        await recordAudit(db, { userId: req.signedIn.user.id, action: 'user.sign-out', itemType: 'user', itemId: req.signedIn.user.id, ip: req.ip }, clock.now())
      }
      clearSessionCookie(reply)
      return reply.redirect('/toa-soan/dang-nhap', 303)
    })

    app.post('/dang-xuat-moi-noi', { config: { right: 'newsroom.enter' } }, async (req, reply) => {
      const user = signedInUser(req)
      const count = await deleteSessionsOfUser(db, user.id)
      await recordAudit(db, { userId: user.id, action: 'user.sign-out-everywhere', itemType: 'user', itemId: user.id, ip: req.ip, details: { sessions: count } }, clock.now())
      clearSessionCookie(reply)
      return reply.redirect('/toa-soan/dang-nhap', 303)
    })

    app.get('/', { config: { right: 'newsroom.enter' } }, async (req, reply) => {
      const user = signedInUser(req)
      const [notices, alerts, parts] = await Promise.all([recentNotices(db, user.id), deps.alerts?.() ?? [], deps.dashboard?.(user, clock.now()) ?? []])
      // Every module's newest entries together, then the newest few of all, in words.
      const activity = parts.flatMap((p) => p.activity ?? []).sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id).slice(0, DASHBOARD_ACTIVITY)
      const sentences = await (deps.audit ?? auditReader(db, []))(activity)
      const shown = {
        nav: (deps.nav ?? []).filter((entry) => !entry.right || may(user, entry.right)), alerts: alerts.filter((alert) => may(user, alert.right)),
        counts: parts.flatMap((p) => p.counts ?? []), activity: activity.map((entry, i) => ({ entry, words: sentences[i]! })), wholeLog: may(user, 'audit.read'),
      }
      return page(reply, req, 'Bàn làm việc', dashboardView(user, req.signedIn!.session.csrfToken, req.signedIn!.session, notices, shown))
    })

    app.withTypeProvider<TypeBoxTypeProvider>().get('/nhat-ky', { schema: { querystring: AuditQuery }, config: { right: 'audit.read' } }, async (req, reply) => {
      const query = { action: once(req.query['hanh-dong']), user: once(req.query['nguoi-dung']), before: once(req.query.truoc) }
      const action = query.action !== undefined ? query.action.trim().slice(0, 100) : ''
      const userIdText = query.user !== undefined ? query.user.trim() : ''
      const userId = /^\d{1,9}$/.test(userIdText) ? Number(userIdText) : undefined
      const before = query.before !== undefined && /^\d{1,12}$/.test(query.before) ? Number(query.before) : undefined
      const records = await listAudit(db, { action: action || undefined, userId, beforeId: before, limit: AUDIT_PAGE })
      const last = records.at(-1)
      const params = new URLSearchParams({ ...(action ? { 'hanh-dong': action } : {}), ...(userId ? { 'nguoi-dung': String(userId) } : {}) })
      const nextUrl = records.length === AUDIT_PAGE && last ? `/toa-soan/nhat-ky?${params.toString()}${params.size ? '&' : ''}truoc=${last.id}` : undefined
      const sentences = await (deps.audit ?? auditReader(db, []))(records)
      return page(reply, req, 'Nhật ký hoạt động', auditLogView(records, sentences, { action, userId: userIdText }, nextUrl))
    })
  }
}
