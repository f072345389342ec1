import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import { once, pathParams, sentFields } from '../../platform/http/request-schemas.ts'
import { sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { recordAudit } from '../audit/index.ts'
import type { MailState } from './mail.table.ts'
import { countMailByState, listMail, requeueFailedMail } from './outbox.repository.ts'
import { outboxView, STATE_WORDS } from './outbox.view.ts'

export interface OutboxRouteDeps {
  db: Db
  clock: Clock
  enabled: boolean
  wake(): void
}

const isState = (value: string | undefined): value is MailState => value !== undefined && Object.hasOwn(STATE_WORDS, value)

/** /toa-soan/quan-tri/thu-di: the outbox for the administrator (site.administer), newest first. */
export function outboxRoutes(deps: OutboxRouteDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/quan-tri/thu-di', { config: { right: 'site.administer' }, schema: { querystring: sentFields('tinh-trang', 'da-gui-lai') } }, async (req, reply) => {
      const asked = once(req.query['tinh-trang'])
      const state = isState(asked) ? asked : undefined
      const [counts, mail] = await Promise.all([countMailByState(deps.db), listMail(deps.db, state, 100)])
      return sendNewsroomPage(req, reply, 'Thư đi', outboxView({
        enabled: deps.enabled, state, counts, mail, csrfToken: req.signedIn!.session.csrfToken, retried: req.query['da-gui-lai'] !== undefined,
      }))
    })

    app.post('/quan-tri/thu-di/:id/gui-lai', { config: { right: 'site.administer' }, schema: { params: pathParams('id') } }, async (req, reply) => {
      const id = /^\d{1,9}$/.test(req.params.id) ? Number(req.params.id) : undefined
      const now = deps.clock.now()
      if (id === undefined || !(await requeueFailedMail(deps.db, id, now))) throw new NotFoundError('no failed message with this id', 'Không có thư không gửi được nào như vậy.')
      await recordAudit(deps.db, { userId: signedInUser(req).id, action: 'mail.retry', itemType: 'mail', itemId: id, ip: req.ip }, now)
      deps.wake()
      return reply.redirect('/toa-soan/quan-tri/thu-di?tinh-trang=waiting&da-gui-lai', 303)
    })
  }
}
