import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { listEditableLinkGroups, type EditableLinkGroup } from '../links/index.ts'
import { GROUP_FIELDS, LinkAdmin, parseGroupForm } from './link-admin.ts'
import { typedValues } from './site-admin-form.ts'
import { administrator, formBody, idParam, StillInUseError, type Direction, type SiteAdminDeps } from './site-admin-kit.ts'
import { ADMIN, emptyForm, type FormState } from './views/admin-form.view.ts'
import { linkGroupFormView } from './views/link-forms.view.ts'
import { linksView } from './views/links.view.ts'

const LIST = `${ADMIN}/lien-ket`

/** /quan-tri/lien-ket (the list) and /quan-tri/lien-ket/nhom/…: the groups of the links block. */
export function linkGroupAdminRoutes(deps: SiteAdminDeps) {
  const admin = new LinkAdmin(deps)
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/quan-tri/lien-ket', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      return sendList(req, reply)
    })

    app.get('/quan-tri/lien-ket/nhom/moi', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      return sendForm(req, reply, undefined, emptyForm())
    })

    app.post('/quan-tri/lien-ket/nhom', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      const values = typedValues(formBody(req), GROUP_FIELDS)
      try {
        await admin.createGroup(actor, parseGroupForm(values), await listEditableLinkGroups(deps.db))
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, undefined, { values, errors: error.fields }, 422)
        throw error
      }
    })

    app.get('/quan-tri/lien-ket/nhom/:id', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      const { group } = await groupOf(req)
      return sendForm(req, reply, group, emptyForm({ name: group.name, position: String(group.position) }))
    })

    app.post('/quan-tri/lien-ket/nhom/:id', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      const { group } = await groupOf(req)
      const values = typedValues(formBody(req), GROUP_FIELDS)
      try {
        await admin.updateGroup(actor, group, parseGroupForm(values))
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, group, { values, errors: error.fields }, 422)
        throw error
      }
    })

    for (const direction of ['len', 'xuong'] as const satisfies Direction[]) {
      app.post(`/quan-tri/lien-ket/nhom/:id/${direction}`, async (req, reply) => {
        const actor = administrator(req, reply)
        if (!actor) return reply
        const { group, groups } = await groupOf(req)
        await admin.moveGroup(actor, group, groups, direction)
        return reply.redirect(LIST, 303)
      })
    }

    app.post('/quan-tri/lien-ket/nhom/:id/xoa', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      try {
        await admin.removeGroup(actor, (await groupOf(req)).group)
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof StillInUseError) return sendList(req, reply, error.messageVi, error.status)
        throw error
      }
    })
  }

  async function groupOf(req: FastifyRequest): Promise<{ group: EditableLinkGroup; groups: EditableLinkGroup[] }> {
    const id = idParam(req)
    const groups = await listEditableLinkGroups(deps.db)
    const group = groups.find((g) => g.id === id)
    if (!group) throw new NotFoundError('Link group not found', 'Không tìm thấy nhóm liên kết.')
    return { group, groups }
  }

  async function sendList(req: FastifyRequest, reply: FastifyReply, message?: string, status = 200) {
    return sendNewsroomPage(req, reply, 'Liên kết website', linksView(await listEditableLinkGroups(deps.db), req.signedIn!.session.csrfToken, message), status)
  }

  function sendForm(req: FastifyRequest, reply: FastifyReply, group: EditableLinkGroup | undefined, form: FormState, status = 200) {
    return sendNewsroomPage(req, reply, group ? 'Sửa nhóm liên kết' : 'Thêm nhóm liên kết', linkGroupFormView(group, form, req.signedIn!.session.csrfToken), status)
  }
}
