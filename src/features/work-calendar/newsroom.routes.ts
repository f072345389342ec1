import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { once, Sent } from '../../platform/http/request-schemas.ts'
import { may, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { actorWith, emptyForm, formBodySchema, ItemParams, itemId, readForm, type FormState } from '../admin-kit/index.ts'
import type { CalendarDesk, WeekStep } from './calendar-desk.ts'
import type { CalendarEntry } from './calendar-entry.ts'
import { findEntry, findWeek, listWeekEntries } from './calendar.repository.ts'
import { ENTRY_FIELDS, formValuesOf, parseEntryForm, readDay, typedDay } from './entry-form.ts'
import { NEWSROOM_CALENDAR as L } from './paths.ts'
import { isWeek, readWeek, shiftWeek, weekOf } from './week.ts'
import { entryFormView, newsroomWeekView } from './views/newsroom-week.view.ts'

/** The screen's routes, inside the newsroom's /toa-soan. */
const P = '/lich-cong-tac'
const AnyQuery = Type.Record(Type.String(), Sent)
const WeekParams = Type.Object({ week: Type.String({ pattern: '^[0-9]{4}-W[0-9]{2}$' }) })
const body = formBodySchema(ENTRY_FIELDS)
const EDIT = { right: 'calendar.edit' } as const
const APPROVE = { right: 'calendar.approve' } as const

/** /toa-soan/lich-cong-tac: the secretary enters a week (calendar.edit), the approver publishes it (calendar.approve). */
export function newsroomCalendarRoutes(deps: { db: Db; clock: Clock; desk: CalendarDesk }) {
  const { db, desk } = deps
  const csrf = (req: FastifyRequest) => req.signedIn!.session.csrfToken
  const actor = (req: FastifyRequest) => actorWith('calendar.edit', req)

  async function sendWeek(req: FastifyRequest, reply: FastifyReply, week: string, message?: string, status = 200) {
    const user = signedInUser(req)
    const [state, entries] = await Promise.all([findWeek(db, week), listWeekEntries(db, week)])
    const main = newsroomWeekView({
      week: state, entries, previous: shiftWeek(week, -1), next: shiftWeek(week, 1), csrfToken: csrf(req),
      canEdit: may(user, 'calendar.edit'), canApprove: may(user, 'calendar.approve'), ...(message ? { message } : {}),
    })
    return sendNewsroomPage(req, reply, 'Lịch công tác', main, status)
  }

  const sendForm = (req: FastifyRequest, reply: FastifyReply, editing: CalendarEntry | undefined, form: FormState, status = 200) =>
    sendNewsroomPage(req, reply, editing ? 'Sửa lịch công tác' : 'Thêm lịch công tác', entryFormView(editing, form, csrf(req)), status)

  async function entryOf(req: Parameters<typeof itemId>[0]): Promise<CalendarEntry> {
    const entry = await findEntry(db, itemId(req))
    if (!entry) throw new NotFoundError('Calendar entry not found', 'Không tìm thấy mục lịch công tác này.')
    return entry
  }

  async function save(req: FastifyRequest, reply: FastifyReply, editing: CalendarEntry | undefined) {
    const { values, errors } = readForm(req, ENTRY_FIELDS)
    try {
      const published = editing ? (await findWeek(db, editing.week)).status === 'published' : false
      const input = parseEntryForm(values, editing ? { entry: editing, published } : undefined)
      if (Object.keys(errors).length === 0) {
        if (editing) await desk.update(actor(req), editing, input)
        else await desk.create(actor(req), input)
        return reply.redirect(`${L}?tuan=${weekOf(new Date(`${input.day}T12:00:00+07:00`))}`, 303)
      }
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      Object.assign(errors, { ...error.fields, ...errors })
    }
    return sendForm(req, reply, editing, { values, errors }, 422)
  }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get(P, { config: EDIT, schema: { querystring: AnyQuery } }, async (req, reply) => {
      const typed = once(req.query.tuan)
      const week = typed === undefined ? weekOf(deps.clock.now()) : readWeek(typed)
      if (!week) return sendWeek(req, reply, weekOf(deps.clock.now()), 'Tuần chưa đúng dạng (ví dụ 2026-W49 hoặc 07/12/2026); đang hiện tuần này.', 400)
      return sendWeek(req, reply, week)
    })

    app.get(`${P}/moi`, { config: EDIT, schema: { querystring: AnyQuery } }, async (req, reply) => {
      const day = readDay(once(req.query.ngay) ?? '')
      return sendForm(req, reply, undefined, emptyForm(day ? { day: typedDay(day) } : {}))
    })

    app.post(P, { config: EDIT, schema: { body }, attachValidation: true }, (req, reply) => save(req, reply, undefined))

    app.get(`${P}/:id`, { config: EDIT, schema: { params: ItemParams }, attachValidation: true }, async (req, reply) => {
      const entry = await entryOf(req)
      return sendForm(req, reply, entry, emptyForm(formValuesOf(entry)))
    })

    app.post(`${P}/:id`, { config: EDIT, schema: { params: ItemParams, body }, attachValidation: true }, async (req, reply) =>
      save(req, reply, await entryOf(req)))

    app.post(`${P}/:id/xoa`, { config: EDIT, schema: { params: ItemParams }, attachValidation: true }, async (req, reply) => {
      const entry = await entryOf(req)
      await desk.remove(actor(req), entry)
      return reply.redirect(`${L}?tuan=${entry.week}`, 303)
    })

    app.post(`${P}/:id/khoi-phuc`, { config: EDIT, schema: { params: ItemParams }, attachValidation: true }, async (req, reply) => {
      const entry = await entryOf(req)
      await desk.restore(actor(req), entry)
      return reply.redirect(`${L}?tuan=${entry.week}`, 303)
    })

    const steps: [string, WeekStep, (typeof EDIT | typeof APPROVE)['right']][] = [['gui-duyet', 'submit', EDIT.right], ['duyet', 'publish', APPROVE.right], ['tra-lai', 'return', APPROVE.right]]
    for (const [segment, step, right] of steps) {
      app.post(`${P}/tuan/:week/${segment}`, { config: { right }, schema: { params: WeekParams } }, async (req, reply) => {
        const { week } = req.params
        if (!isWeek(week)) throw new NotFoundError()
        await desk.step(actorWith(right, req), week, step)
        return reply.redirect(`${L}?tuan=${week}`, 303)
      })
    }
  }
}
