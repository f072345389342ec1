import { fastifyCookie } from '@fastify/cookie'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { JobRunner } from '../../platform/jobs/index.ts'
import { loadSignedIn, may, requireRight, SESSION_COOKIE, sendNewsroomPage } from '../accounts/index.ts'
import { systemStatusView } from './views/system-status.view.ts'

export interface SystemStatusDeps {
  /** The background jobs of this instance, as they stand. */
  jobs: Pick<JobRunner, 'status' | 'started'>
}

/**
 * /toa-soan/quan-tri/he-thong: the state of the background jobs, for administrators. Error text
 * stays behind the newsroom's sign-in; the public /healthz tells monitors only up or down, and
 * adds the jobs for a signed-in administrator (jobsForAdministrator).
 */
export function systemStatusRoutes({ jobs }: SystemStatusDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/quan-tri/he-thong', async (req, reply) => {
      if (!requireRight(req, reply, 'site.administer')) return reply
      return sendNewsroomPage(req, reply, 'Hệ thống', systemStatusView(jobs.status(), jobs.started))
    })
  }
}

/**
 * /healthz's detail for a signed-in administrator: each job's state as the page above shows it.
 * Only a request that carries a session cookie is looked up, so monitors' probes cost nothing.
 */
export function jobsForAdministrator(deps: SystemStatusDeps & { db: Db; clock: Clock }) {
  return async (req: FastifyRequest): Promise<Record<string, unknown> | undefined> => {
    // /healthz is outside the newsroom, whose plugin reads cookies.
    req.cookies ??= fastifyCookie.parse(req.headers.cookie ?? '')
    if (!req.cookies[SESSION_COOKIE]) return undefined
    const signedIn = await loadSignedIn(deps.db, deps.clock, req)
    if (!signedIn || !may(signedIn.user, 'site.administer')) return undefined
    return { jobs: deps.jobs.status() }
  }
}
