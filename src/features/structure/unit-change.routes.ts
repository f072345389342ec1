import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import {
  actorWith, adminFormView, announcedChanges, emptyForm, formBodySchema, inputField, ItemParams, itemId, readForm, selectField,
  type ChangeDeps, type FormState,
} from '../admin-kit/index.ts'
import { unitOptions } from './views/newsroom.view.ts'
import { NEWSROOM_PATH } from './paths.ts'
import { CHANGE_FIELDS, parseUnitChange, type UnitChange } from './structure-form.ts'
import { endUnit, findUnit, listPeople, listUnits, renameUnit } from './structure.repository.ts'
import type { Unit } from './structure.ts'

type Change = ReturnType<typeof announcedChanges<'structure.changed'>>

/**
 * /toa-soan/co-cau/don-vi/N/thay-doi: what a decision does to a unit on a given day (renamed,
 * merged into another, dissolved). Unlike the edit form's corrections, each is kept in the
 * unit's history and shown to readers with its date.
 */
export function unitChangeRoutes(deps: ChangeDeps, change: Change) {
  const config = { right: 'structure.edit' as const }
  const body = formBodySchema(CHANGE_FIELDS)
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const unitOf = async (req: Parameters<typeof itemId>[0]) => {
      const unit = await findUnit(deps.db, itemId(req))
      if (!unit || unit.status !== 'active') throw new NotFoundError('Unit not found', 'Không tìm thấy đơn vị đang hoạt động.')
      return unit
    }
    const sendForm = async (req: FastifyRequest, reply: FastifyReply, unit: Unit, form: FormState, status = 200) => {
      const units = await listUnits(deps.db)
      const heading = `Đổi tên, sáp nhập, giải thể: ${unit.name}`
      const main = adminFormView({
        trail: [{ label: 'Cơ cấu tổ chức', href: NEWSROOM_PATH }], heading, action: `${NEWSROOM_PATH}/don-vi/${unit.id}/thay-doi`, form,
        csrfToken: req.signedIn!.session.csrfToken,
        fields: [
          selectField(form, 'change', 'Thay đổi', [
            { value: '', label: 'Chọn thay đổi' }, { value: 'rename', label: 'Đổi tên' },
            { value: 'merge', label: 'Sáp nhập vào đơn vị khác' }, { value: 'dissolve', label: 'Giải thể' },
          ]),
          inputField(form, 'onDate', 'Có hiệu lực từ ngày', { required: true, maxlength: 20, hint: 'Ngày/tháng/năm theo quyết định, ví dụ 01/07/2025.' }),
          inputField(form, 'newName', 'Tên mới (khi đổi tên)', { maxlength: 200 }),
          selectField(form, 'intoId', 'Đơn vị tiếp nhận (khi sáp nhập)', unitOptions(units.filter((u) => u.id !== unit.id), 'Chọn đơn vị')),
        ],
      })
      return sendNewsroomPage(req, reply, heading, main, status)
    }

    app.get('/co-cau/don-vi/:id/thay-doi', { schema: { params: ItemParams }, attachValidation: true, config }, async (req, reply) => {
      return sendForm(req, reply, await unitOf(req), emptyForm())
    })

    app.post('/co-cau/don-vi/:id/thay-doi', { schema: { params: ItemParams, body }, attachValidation: true, config }, async (req, reply) => {
      const actor = actorWith('structure.edit', req, reply)
      const unit = await unitOf(req)
      const { values, errors } = readForm(req, CHANGE_FIELDS)
      try {
        const [units, people] = await Promise.all([listUnits(deps.db), listPeople(deps.db)])
        const decided = parseUnitChange(values, unit, units, people.filter((p) => p.unitId === unit.id).length)
        if (Object.keys(errors).length === 0) {
          await apply(actor, unit, decided, units)
          return reply.redirect(NEWSROOM_PATH, 303)
        }
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        Object.assign(errors, { ...error.fields, ...errors })
      }
      return sendForm(req, reply, unit, { values, errors }, 422)
    })
  }

  function apply(actor: ReturnType<typeof actorWith>, unit: Unit, decided: UnitChange, units: readonly Unit[]) {
    return change(actor, async (trx, now) => {
      if (decided.kind === 'rename') {
        await renameUnit(trx, unit, decided.newName, decided.onDate, now)
        return { action: 'org-unit.rename', itemType: 'org-unit', itemId: unit.id, details: { before: unit.name, after: decided.newName, on: decided.onDate } }
      }
      const into = decided.kind === 'merge' ? units.find((u) => u.id === decided.intoId) : undefined
      await endUnit(trx, unit, decided.kind === 'merge' ? 'merged' : 'dissolved', decided.onDate, into, now)
      return { action: decided.kind === 'merge' ? 'org-unit.merge' : 'org-unit.dissolve', itemType: 'org-unit', itemId: unit.id, details: { name: unit.name, into: into?.name ?? null, on: decided.onDate } }
    })
  }
}
