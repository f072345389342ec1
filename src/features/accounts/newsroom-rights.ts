import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import { AppError, ForbiddenError } from '../../platform/http/errors.ts'
import type { NewsroomAddresses } from './newsroom-addresses.ts'
import type { Action } from './role.ts'
import { may, type NewsroomUser } from './user.ts'

// Every newsroom route says who may reach it, and one hook of the newsroom plugin checks it
// before the handler runs. A route that forgets to say stops the start: a forgotten check would
// otherwise fail open, silently. Checks that need the article (its category, its author) stay
// in the handler and go through editorial's article policy.

/**
 * An action of role.ts; 'signed-in' for what every newsroom user may do (their own password,
 * the presence heartbeat); 'anyone' for what comes before signing in (the sign-in pages, assets).
 */
export type NewsroomRight = Action | 'signed-in' | 'anyone'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may reach this newsroom route; checked by the newsroom plugin's hook. */
    right?: NewsroomRight
    /** Errors on this route are answered as {error:{code,message}}, not as a page (media's scripts). */
    answersJson?: boolean
  }
}

/** For a section whose every route needs the same right (site administration: site.administer). */
export function sectionRight(app: FastifyInstance, right: NewsroomRight): void {
  app.addHook('onRoute', (route) => {
    route.config = { right, ...route.config }
  })
}

/** Collects the newsroom's routes as they are declared and refuses to start if one declares no right. */
export function requireDeclaredRights(app: FastifyInstance, addresses?: NewsroomAddresses): void {
  const routes: RouteOptions[] = []
  app.addHook('onRoute', (route) => {
    routes.push(route)
    addresses?.add(route)
  })
  // Checked when every plugin is in: sections fill in their right by their own onRoute hooks, which run after this one.
  app.addHook('onReady', async () => {
    const missing = routes.filter((r) => !r.config?.right).map((r) => `${String(r.method)} ${r.url}`)
    if (missing.length) throw new Error(`newsroom routes without a declared right (config: { right }): ${missing.join(', ')}`)
  })
}

/** preHandler work: true when the request may go on to its handler; otherwise it has been answered or refused. */
export function checkRight(req: FastifyRequest, reply: FastifyReply): boolean {
  const { right, answersJson } = req.routeOptions.config
  if (right === 'anyone') return true
  if (!req.signedIn) {
    if (answersJson) throw new AppError(401, 'not_signed_in', 'not signed in', 'Phiên làm việc đã hết. Xin đăng nhập lại.')
    void reply.redirect(`/toa-soan/dang-nhap?tiep=${encodeURIComponent(req.url)}`, 303)
    return false
  }
  if (right === undefined || (right !== 'signed-in' && !may(req.signedIn.user, right))) throw new ForbiddenError()
  return true
}

/** The signed-in user of a route the hook let through (any right but 'anyone'). */
export function signedInUser(req: FastifyRequest): NewsroomUser {
  if (!req.signedIn) throw new ForbiddenError('route declares no signed-in right')
  return req.signedIn.user
}
