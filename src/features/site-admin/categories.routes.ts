import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import type { Category } from '../categories/index.ts'
import { CATEGORY_FIELDS, CategoryAdmin, parseCategoryForm } from './category-admin.ts'
import { typedValues } from './site-admin-form.ts'
import { administrator, formBody, idParam, StillInUseError, type Direction, type SiteAdminDeps } from './site-admin-kit.ts'
import { ADMIN, emptyForm, type FormState } from './views/admin-form.view.ts'
import { categoriesView } from './views/categories.view.ts'
import { categoryFormView } from './views/category-form.view.ts'

const LIST = `${ADMIN}/chuyen-muc`

/** /quan-tri/chuyen-muc: the category tree and its menus. */
export function categoryAdminRoutes(deps: SiteAdminDeps) {
  const admin = new CategoryAdmin(deps)
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/quan-tri/chuyen-muc', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      return sendList(req, reply)
    })

    app.get('/quan-tri/chuyen-muc/moi', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      const parent = (req.query as Record<string, unknown>).cha
      return sendForm(req, reply, undefined, emptyForm({ parentId: typeof parent === 'string' ? parent : '' }))
    })

    app.post('/quan-tri/chuyen-muc', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      const values = typedValues(formBody(req), CATEGORY_FIELDS)
      try {
        await admin.create(actor, parseCategoryForm(values, await deps.categories.tree(), deps.reservedPrefixes))
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, undefined, { values, errors: error.fields }, 422)
        throw error
      }
    })

    app.get('/quan-tri/chuyen-muc/:id', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      const c = await categoryOf(req)
      return sendForm(req, reply, c, emptyForm({ name: c.name, parentId: c.parentId === null ? '' : String(c.parentId), slug: c.slug, position: String(c.position), description: c.description, inMenu: c.inMenu ? '1' : '' }))
    })

    app.post('/quan-tri/chuyen-muc/:id', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      const category = await categoryOf(req)
      const values = typedValues(formBody(req), CATEGORY_FIELDS)
      try {
        await admin.update(actor, category, parseCategoryForm(values, await deps.categories.tree(), deps.reservedPrefixes, category))
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, category, { values, errors: error.fields }, 422)
        throw error
      }
    })

    for (const direction of ['len', 'xuong'] as const satisfies Direction[]) {
      app.post(`/quan-tri/chuyen-muc/:id/${direction}`, async (req, reply) => {
        const actor = administrator(req, reply)
        if (!actor) return reply
        await admin.move(actor, await categoryOf(req), direction)
        return reply.redirect(LIST, 303)
      })
    }

    app.post('/quan-tri/chuyen-muc/:id/xoa', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      try {
        await admin.remove(actor, await categoryOf(req))
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof StillInUseError) return sendList(req, reply, error.messageVi, error.status)
        throw error
      }
    })
  }

  async function categoryOf(req: FastifyRequest): Promise<Category> {
    const category = (await deps.categories.tree()).find(idParam(req))
    if (!category) throw new NotFoundError('Category not found', 'Không tìm thấy chuyên mục.')
    return category
  }

  async function sendList(req: FastifyRequest, reply: FastifyReply, message?: string, status = 200) {
    return sendNewsroomPage(req, reply, 'Chuyên mục', categoriesView(await deps.categories.tree(), req.signedIn!.session.csrfToken, message), status)
  }

  async function sendForm(req: FastifyRequest, reply: FastifyReply, category: Category | undefined, form: FormState, status = 200) {
    const tree = await deps.categories.tree()
    return sendNewsroomPage(req, reply, category ? 'Sửa chuyên mục' : 'Thêm chuyên mục',
      categoryFormView({ category, form, tree, csrfToken: req.signedIn!.session.csrfToken }), status)
  }
}
