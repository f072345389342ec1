import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Static } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { sectionRight, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { once } from '../../platform/http/request-schemas.ts'
import { localDateOf, parseLocalDate, yearOf } from './local-date.ts'
import { listDayExceptionsOfYear } from './working-day.repository.ts'
import { ENTRY_FIELDS, parseEntryForm, readDay, WorkingDayAdmin, type Actor, type EntryValues, type WorkingDayAdminDeps } from './working-day-admin.ts'
import { SCREEN, workingDaysView, type EntryForm } from './views/working-days.view.ts'
import { DayParams, EntryForm as EntryFormFields, YearQuery } from './working-day.schemas.ts'

/** /toa-soan/quan-tri/ngay-lam-viec: the administrator keeps each year's days off and worked days. */
export function workingDayRoutes(deps: WorkingDayAdminDeps) {
  const admin = new WorkingDayAdmin(deps)
  return async function routes(fastify: FastifyInstance): Promise<void> {
    sectionRight(fastify, 'site.administer')
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/quan-tri/ngay-lam-viec', { schema: { querystring: YearQuery } }, async (req, reply) => {
      const asked = once(req.query.nam)
      // Years the form accepts; anything else shows this year (in Hà Nội).
      const year = asked !== undefined && /^(20\d\d|2100)$/.test(asked) ? Number(asked) : yearOf(localDateOf(deps.clock.now()))
      return sendScreen(req, reply, year, { values: {}, errors: {} })
    })

    app.post('/quan-tri/ngay-lam-viec', { schema: { body: EntryFormFields } }, async (req, reply) => {
      const actor = administrator(req, reply)
      const values = typedValues(req.body)
      try {
        const input = parseEntryForm(values)
        await admin.add(actor, input)
        return reply.redirect(`${SCREEN}?nam=${yearOf(input.day)}`, 303)
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        const day = readDay(values.day)
        return sendScreen(req, reply, day ? yearOf(day) : yearOf(localDateOf(deps.clock.now())), { values, errors: error.fields }, 422)
      }
    })

    app.post('/quan-tri/ngay-lam-viec/:day/xoa', { schema: { params: DayParams } }, async (req, reply) => {
      const actor = administrator(req, reply)
      const day = parseLocalDate(req.params.day)
      if (!day) throw new NotFoundError('Working-day entry not found', 'Không tìm thấy ngày này trong lịch.')
      await admin.remove(actor, day)
      return reply.redirect(`${SCREEN}?nam=${yearOf(day)}`, 303)
    })
  }

  async function sendScreen(req: FastifyRequest, reply: FastifyReply, year: number, form: EntryForm, status = 200) {
    const entries = await listDayExceptionsOfYear(deps.db, year)
    return sendNewsroomPage(req, reply, `Ngày làm việc năm ${year}`, workingDaysView({ year, entries, form, csrfToken: req.signedIn!.session.csrfToken }), status)
  }
}

/** The administrator making this request: the newsroom's rights hook has checked site.administer (sectionRight above). */
function administrator(req: FastifyRequest, _reply?: FastifyReply): Actor {
  return { userId: signedInUser(req).id, ip: req.ip }
}

/** What was typed, NFC and trimmed, to show again beside the messages. */
function typedValues(body: Static<typeof EntryFormFields>): EntryValues {
  const values = {} as EntryValues
  for (const key of ENTRY_FIELDS) values[key] = once(body[key])?.normalize('NFC').trim() ?? ''
  return values
}
