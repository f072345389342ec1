import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { listEditableLinkGroups, type EditableLink, type EditableLinkGroup } from '../links/index.ts'
import { LINK_FIELDS, LinkAdmin, parseLinkForm } from './link-admin.ts'
import { typedValues } from './site-admin-form.ts'
import { administrator, formBody, idParam, type Direction, type SiteAdminDeps } from './site-admin-kit.ts'
import { ADMIN, emptyForm, type FormState } from './views/admin-form.view.ts'
import { linkFormView } from './views/link-forms.view.ts'

const LIST = `${ADMIN}/lien-ket`

/** /quan-tri/lien-ket/…: the links themselves, each in a group. */
export function linkAdminRoutes(deps: SiteAdminDeps) {
  const admin = new LinkAdmin(deps)
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/quan-tri/lien-ket/moi', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      const group = (req.query as Record<string, unknown>).nhom
      return sendForm(req, reply, undefined, emptyForm({ groupId: typeof group === 'string' ? group : '' }))
    })

    app.post('/quan-tri/lien-ket', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      const values = typedValues(formBody(req), LINK_FIELDS)
      const groups = await listEditableLinkGroups(deps.db)
      try {
        await admin.createLink(actor, parseLinkForm(values, groups), groups)
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, undefined, { values, errors: error.fields }, 422)
        throw error
      }
    })

    app.get('/quan-tri/lien-ket/:id', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      const { link } = await linkOf(req)
      return sendForm(req, reply, link, emptyForm({ groupId: String(link.groupId), name: link.name, url: link.url, position: String(link.position) }))
    })

    app.post('/quan-tri/lien-ket/:id', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      const { link, groups } = await linkOf(req)
      const values = typedValues(formBody(req), LINK_FIELDS)
      try {
        await admin.updateLink(actor, link, parseLinkForm(values, groups), groups)
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, link, { values, errors: error.fields }, 422)
        throw error
      }
    })

    for (const direction of ['len', 'xuong'] as const satisfies Direction[]) {
      app.post(`/quan-tri/lien-ket/:id/${direction}`, async (req, reply) => {
        const actor = administrator(req, reply)
        if (!actor) return reply
        const { link, group } = await linkOf(req)
        await admin.moveLink(actor, link, group, direction)
        return reply.redirect(LIST, 303)
      })
    }

    app.post('/quan-tri/lien-ket/:id/xoa', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      await admin.removeLink(actor, (await linkOf(req)).link)
      return reply.redirect(LIST, 303)
    })
  }

  async function linkOf(req: FastifyRequest): Promise<{ link: EditableLink; group: EditableLinkGroup; groups: EditableLinkGroup[] }> {
    const id = idParam(req)
    const groups = await listEditableLinkGroups(deps.db)
    for (const group of groups) {
      const link = group.links.find((l) => l.id === id)
      if (link) return { link, group, groups }
    }
    throw new NotFoundError('Link not found', 'Không tìm thấy liên kết.')
  }

  async function sendForm(req: FastifyRequest, reply: FastifyReply, link: EditableLink | undefined, form: FormState, status = 200) {
    const groups = await listEditableLinkGroups(deps.db)
    return sendNewsroomPage(req, reply, link ? 'Sửa liên kết' : 'Thêm liên kết', linkFormView(link, groups, form, req.signedIn!.session.csrfToken), status)
  }
}
