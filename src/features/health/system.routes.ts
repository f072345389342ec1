import type { FastifyInstance } from 'fastify'
import type { JobRunner } from '../../platform/jobs/index.ts'
import { requireRight, sendNewsroomPage } from '../accounts/index.ts'
import { systemStatusView } from './views/system-status.view.ts'

export interface SystemStatusDeps {
  /** The background jobs of this instance, as they stand. */
  jobs: Pick<JobRunner, 'status' | 'started'>
}

/**
 * /toa-soan/quan-tri/he-thong: the state of the background jobs, for administrators. Error text
 * stays here, behind the newsroom's sign-in; the public /healthz tells monitors only up or down.
 */
export function systemStatusRoutes({ jobs }: SystemStatusDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/quan-tri/he-thong', async (req, reply) => {
      if (!requireRight(req, reply, 'site.administer')) return reply
      return sendNewsroomPage(req, reply, 'Hệ thống', systemStatusView(jobs.status(), jobs.started))
    })
  }
}
