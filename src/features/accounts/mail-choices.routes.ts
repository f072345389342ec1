import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { once } from '../../platform/http/request-schemas.ts'
import { recordAudit } from '../audit/index.ts'
import { MailChoicesForm, SavedQuery } from './account.schemas.ts'
import { readMailChoices, writeMailChoices } from './mail-choices.repository.ts'
import { sendNewsroomPage } from './newsroom-page.ts'
import { signedInUser } from './newsroom-rights.ts'
import { ACCOUNT_PAGE, mailChoicesView } from './views/mail-choices.view.ts'

/** "Nhận thư khi…": every newsroom user's own choice of workflow mail. */
export function mailChoicesRoutes({ db, clock, mailEnabled }: { db: Db; clock: Clock; mailEnabled: boolean }) {
  const path = ACCOUNT_PAGE.replace('/toa-soan', '')
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get(path, { schema: { querystring: SavedQuery }, config: { right: 'newsroom.enter' } }, async (req, reply) => {
      const user = signedInUser(req)
      return sendNewsroomPage(req, reply, 'Tài khoản của tôi', mailChoicesView({
        choices: await readMailChoices(db, user.id), csrfToken: req.signedIn!.session.csrfToken, saved: req.query['da-luu'] !== undefined, mailEnabled,
      }))
    })

    app.post(path, { schema: { body: MailChoicesForm }, config: { right: 'newsroom.enter' } }, async (req, reply) => {
      const user = signedInUser(req)
      // An unticked box is not sent at all: absent means off.
      const choices = { returned: once(req.body.returned) === '1', waiting: once(req.body.waiting) === '1' }
      await writeMailChoices(db, user.id, choices, clock.now())
      await recordAudit(db, { userId: user.id, action: 'user.change-mail-choices', itemType: 'user', itemId: user.id, ip: req.ip, details: choices }, clock.now())
      return reply.redirect(`${ACCOUNT_PAGE}?da-luu`, 303)
    })
  }
}
