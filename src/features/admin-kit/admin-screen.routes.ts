import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { sendNewsroomPage, type Action } from '../accounts/index.ts'
import { actorWith, StillInUseError, type Actor, type Direction } from './admin-change.ts'
import { formBodySchema, ItemParams, itemId, presetQuerySchema, readForm, readPresets } from './form-body.ts'
import type { FormValues } from './form-check.ts'
import { emptyForm, type FormState } from './views/admin-form.view.ts'

/** A newsroom page: its title and its main part. */
export interface AdminPage {
  title: string
  main: SafeHtml
  /** Scripts and stylesheets the page loads (the rich-text editor of a page's body), newsroom assets only. */
  scripts?: string[]
  stylesheets?: string[]
}

/**
 * One administration screen, described: the kit registers its list, its form for a new item
 * and for each item, and the changes (create, update, delete, move), each behind the screen's
 * right and the newsroom's CSRF check. The screen's own functions hold its rules (parse throws
 * ValidationError with every field's message; remove may throw StillInUseError) and make its
 * audited, announced changes (see announcedChanges).
 */
export interface AdminScreen<Item, Input> {
  right: Action
  /** Under the newsroom: new items are posted here, item N lives at path/N. */
  path: string
  list: {
    /** Where the list is, and where every change returns to. */
    path: string
    /** False when another screen registers the list (links are listed with their groups). */
    ownRoute?: false
    page(csrfToken: string, message?: string): Promise<AdminPage>
  }
  fields: readonly string[]
  /** Query parameters that fill a new item's form (?cha=3 → parentId). */
  presets?: Readonly<Record<string, string>>
  find(id: number): Promise<Item | undefined>
  /** What a missing item's page says: in English for the log, in Vietnamese for the administrator. */
  notFound: { message: string; messageVi: string }
  valuesOf(item: Item): FormValues
  parse(values: FormValues, editing: Item | undefined): Promise<Input>
  formPage(editing: Item | undefined, form: FormState, csrfToken: string): Promise<AdminPage>
  create(actor: Actor, input: Input): Promise<unknown>
  update(actor: Actor, item: Item, input: Input): Promise<unknown>
  remove(actor: Actor, item: Item): Promise<unknown>
  /** Items in an order the administrator chooses get ↑ and ↓. */
  move?(actor: Actor, item: Item, direction: Direction): Promise<unknown>
}

export function adminScreenRoutes<Item, Input>(screen: AdminScreen<Item, Input>) {
  const presetKeys = Object.keys(screen.presets ?? {})
  const body = formBodySchema(screen.fields)
  // Every route of the screen declares its right; the newsroom's rights hook checks it first.
  const config = { right: screen.right }
  const asItem = { schema: { params: ItemParams }, attachValidation: true, config }
  const asForm = { schema: { body }, attachValidation: true, config }
  const asItemForm = { schema: { params: ItemParams, body }, attachValidation: true, config }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const back = `${app.prefix}${screen.list.path}`
    const csrf = (req: FastifyRequest) => req.signedIn!.session.csrfToken
    const actor = (req: FastifyRequest, reply: FastifyReply) => actorWith(screen.right, req, reply)

    const sendList = async (req: FastifyRequest, reply: FastifyReply, message?: string, status = 200) => {
      const page = await screen.list.page(csrf(req), message)
      return sendNewsroomPage(req, reply, page.title, page.main, status, page.scripts, page.stylesheets)
    }
    const sendForm = async (req: FastifyRequest, reply: FastifyReply, item: Item | undefined, form: FormState, status = 200) => {
      const page = await screen.formPage(item, form, csrf(req))
      return sendNewsroomPage(req, reply, page.title, page.main, status, page.scripts, page.stylesheets)
    }
    const itemOf = async (req: Parameters<typeof itemId>[0]) => {
      const item = await screen.find(itemId(req))
      if (item === undefined) throw new NotFoundError(screen.notFound.message, screen.notFound.messageVi)
      return item
    }

    /** Parse, save, return to the list; or the form again with every message beside its field. */
    const save = async (req: FastifyRequest, reply: FastifyReply, item: Item | undefined, saving: (input: Input) => Promise<unknown>) => {
      const { values, errors } = readForm(req, screen.fields)
      try {
        const input = await screen.parse(values, item)
        if (Object.keys(errors).length === 0) {
          await saving(input)
          return reply.redirect(back, 303)
        }
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        Object.assign(errors, { ...error.fields, ...errors })
      }
      return sendForm(req, reply, item, { values, errors }, 422)
    }

    if (screen.list.ownRoute !== false) {
      app.get(screen.list.path, { config }, async (req, reply) => {
        if (!actor(req, reply)) return reply
        return sendList(req, reply)
      })
    }

    app.get(`${screen.path}/moi`, { schema: { querystring: presetQuerySchema(presetKeys) }, attachValidation: true, config }, async (req, reply) => {
      if (!actor(req, reply)) return reply
      const sent = readPresets(req, presetKeys)
      return sendForm(req, reply, undefined, emptyForm(Object.fromEntries(presetKeys.map((key) => [screen.presets![key]!, sent[key]!]))))
    })

    app.post(screen.path, asForm, async (req, reply) => {
      const who = actor(req, reply)
      return save(req, reply, undefined, (input) => screen.create(who, input))
    })

    app.get(`${screen.path}/:id`, asItem, async (req, reply) => {
      if (!actor(req, reply)) return reply
      const item = await itemOf(req)
      return sendForm(req, reply, item, emptyForm(screen.valuesOf(item)))
    })

    app.post(`${screen.path}/:id`, asItemForm, async (req, reply) => {
      const who = actor(req, reply)
      const item = await itemOf(req)
      return save(req, reply, item, (input) => screen.update(who, item, input))
    })

    if (screen.move) {
      for (const direction of ['len', 'xuong'] as const satisfies Direction[]) {
        app.post(`${screen.path}/:id/${direction}`, asItem, async (req, reply) => {
          const who = actor(req, reply)
          await screen.move!(who, await itemOf(req), direction)
          return reply.redirect(back, 303)
        })
      }
    }

    app.post(`${screen.path}/:id/xoa`, asItem, async (req, reply) => {
      const who = actor(req, reply)
      try {
        await screen.remove(who, await itemOf(req))
        return reply.redirect(back, 303)
      } catch (error) {
        if (error instanceof StillInUseError) return sendList(req, reply, error.messageVi, error.status)
        throw error
      }
    })
  }
}
