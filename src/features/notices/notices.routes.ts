import type { FastifyInstance } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import type { PortalChrome } from '../site/index.ts'
import { noticeMessages } from './messages.ts'
import { listNotices } from './notice.repository.ts'
import { noticesPageView } from './views/notices-page.view.ts'

/** Purged whenever a notice changes, with the blocks on every page ('layout'). */
export const NOTICES_PAGE = 'notices'

export function noticesRoutes(deps: { db: Db; chrome: PortalChrome; responder: PublicResponder }) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/bang-tin', async (req, reply) => {
      const locale = deps.chrome.locale('vi')
      const body = await deps.chrome.page({ title: locale.t(noticeMessages)('heading'), canonicalPath: '/bang-tin', main: noticesPageView(await listNotices(deps.db, { shownOnly: true }), locale) })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [NOTICES_PAGE, 'layout'] })
    })
  }
}
