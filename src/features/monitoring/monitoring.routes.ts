import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { actorWith, emptyForm, formBodySchema, readForm } from '../admin-kit/index.ts'
import { checkPasted, CODE_FIELDS, saveCodes } from './monitoring-admin.ts'
import { readStoredCodes } from './monitoring-code.repository.ts'
import type { MonitoringCodes } from './monitoring-codes.ts'
import { monitoringConfirmView, monitoringFormView } from './views/monitoring-form.view.ts'

const SavedQuery = Type.Object({ 'da-luu': Type.Optional(Type.String()) })

/** /quan-tri/ma-theo-doi: paste, read, confirm the sources, save. */
export function monitoringRoutes(deps: { db: Db; clock: Clock; events: NewsroomEventBus; codes: MonitoringCodes }) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const config = { config: { right: 'site.administer' as const } }

    app.get('/quan-tri/ma-theo-doi', { ...config, schema: { querystring: SavedQuery }, attachValidation: true }, async (req, reply) => {
      const stored = await readStoredCodes(deps.db)
      const saved = !req.validationError && req.query['da-luu'] !== undefined
      const main = monitoringFormView(emptyForm({ ...stored }), req.signedIn!.session.csrfToken, deps.codes.current, saved)
      return sendNewsroomPage(req, reply, 'Mã theo dõi', main)
    })

    app.post('/quan-tri/ma-theo-doi', { ...config, schema: { body: formBodySchema(CODE_FIELDS) }, attachValidation: true }, async (req, reply) => {
      const { values, errors: misshapen } = readForm(req, CODE_FIELDS)
      const pasted = { emc: values.emc ?? '', analytics: values.analytics ?? '' }
      const csrf = req.signedIn!.session.csrfToken
      const checked = Object.keys(misshapen).length > 0 ? { ok: false as const, errors: misshapen } : checkPasted(pasted)
      if (!checked.ok) {
        const main = monitoringFormView({ values: pasted, errors: checked.errors }, csrf, deps.codes.current, false)
        return sendNewsroomPage(req, reply, 'Mã theo dõi', main, 422)
      }
      if (values.confirmed !== '1') return sendNewsroomPage(req, reply, 'Xác nhận mã theo dõi', monitoringConfirmView(pasted, checked.read, csrf))
      await saveCodes(deps, actorWith('site.administer', req, reply), pasted, checked.read)
      return reply.redirect('/toa-soan/quan-tri/ma-theo-doi?da-luu', 303)
    })
  }
}
