import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { actorWith, emptyForm, formBodySchema, ItemParams, itemId, readForm, type FormState } from '../admin-kit/index.ts'
import type { AlertDesk } from './alert-desk.ts'
import { ALERT_FIELDS, formValuesOf, parseAlertForm } from './alert-form.ts'
import { stateOf, type Alert } from './alert.ts'
import { findAlert, listRecentAlerts } from './alert.repository.ts'
import { alertFormView, alertListView, NEWSROOM_ALERTS } from './views/newsroom-alerts.view.ts'

const P = '/canh-bao'
const POST = { right: 'alert.post' } as const
const body = formBodySchema(ALERT_FIELDS)

/** /toa-soan/canh-bao: an approver posts, edits and ends the urgent alerts (alert.post). */
export function newsroomAlertRoutes(deps: { db: Db; clock: Clock; desk: AlertDesk }) {
  const { db, clock, desk } = deps
  const csrf = (req: FastifyRequest) => req.signedIn!.session.csrfToken

  const sendList = async (req: FastifyRequest, reply: FastifyReply, message?: string, status = 200) =>
    sendNewsroomPage(req, reply, 'Cảnh báo khẩn', alertListView(await listRecentAlerts(db), clock.now(), csrf(req), message), status)

  const sendForm = (req: FastifyRequest, reply: FastifyReply, editing: Alert | undefined, form: FormState, status = 200) =>
    sendNewsroomPage(req, reply, editing ? 'Sửa cảnh báo' : 'Đăng cảnh báo mới', alertFormView(editing, form, csrf(req)), status)

  async function alertOf(req: Parameters<typeof itemId>[0]): Promise<Alert> {
    const alert = await findAlert(db, itemId(req))
    if (!alert) throw new NotFoundError('Alert not found', 'Không tìm thấy cảnh báo này.')
    return alert
  }

  const ENDED = 'Cảnh báo này đã kết thúc; muốn báo lại, xin đăng một cảnh báo mới.'

  async function save(req: FastifyRequest, reply: FastifyReply, editing: Alert | undefined) {
    const { values, errors } = readForm(req, ALERT_FIELDS)
    try {
      const input = parseAlertForm(values, clock.now())
      if (Object.keys(errors).length === 0) {
        const actor = actorWith('alert.post', req)
        if (editing) await desk.update(actor, editing, input)
        else await desk.post(actor, input)
        return reply.redirect(NEWSROOM_ALERTS, 303)
      }
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      Object.assign(errors, { ...error.fields, ...errors })
    }
    return sendForm(req, reply, editing, { values, errors }, 422)
  }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get(P, { config: POST }, (req, reply) => sendList(req, reply))

    app.get(`${P}/moi`, { config: POST }, (req, reply) => sendForm(req, reply, undefined, emptyForm({ level: 'warning' })))

    app.post(P, { config: POST, schema: { body }, attachValidation: true }, (req, reply) => save(req, reply, undefined))

    app.get(`${P}/:id`, { config: POST, schema: { params: ItemParams }, attachValidation: true }, async (req, reply) => {
      const alert = await alertOf(req)
      if (stateOf(alert, clock.now()) === 'ended') return sendList(req, reply, ENDED, 409)
      return sendForm(req, reply, alert, emptyForm(formValuesOf(alert)))
    })

    app.post(`${P}/:id`, { config: POST, schema: { params: ItemParams, body }, attachValidation: true }, async (req, reply) => {
      const alert = await alertOf(req)
      if (stateOf(alert, clock.now()) === 'ended') return sendList(req, reply, ENDED, 409)
      return save(req, reply, alert)
    })

    app.post(`${P}/:id/ket-thuc`, { config: POST, schema: { params: ItemParams }, attachValidation: true }, async (req, reply) => {
      const alert = await alertOf(req)
      if (stateOf(alert, clock.now()) !== 'ended') await desk.end(actorWith('alert.post', req), alert)
      return reply.redirect(NEWSROOM_ALERTS, 303)
    })
  }
}
