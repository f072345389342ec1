import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError } from '../../platform/http/errors.ts'
import { isSlotName, LayoutRefusedError } from '../../platform/layout/index.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { LayoutAdmin, type LayoutChange } from './layout-admin.ts'
import { formBodySchema, readForm } from '../admin-kit/index.ts'
import { administrator, type Actor, type SiteAdminDeps } from './site-admin-kit.ts'
import { blockLayoutView, LAYOUT } from './views/block-layout.view.ts'

// Schemas at the edge; attachValidation lets a misshapen request get the screen's own answer.
const BlockParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9-]{1,100}$' }) })
const SlotParams = Type.Object({ slot: Type.String() })
const PlaceBody = formBodySchema(['khoi'])

/** The change each one-button form on the layout screen asks for. */
const BUTTONS = {
  len: (blockId) => ({ kind: 'move', blockId, direction: 'up' }),
  xuong: (blockId) => ({ kind: 'move', blockId, direction: 'down' }),
  an: (blockId) => ({ kind: 'show', blockId, shown: false }),
  hien: (blockId) => ({ kind: 'show', blockId, shown: true }),
} satisfies Record<string, (blockId: string) => LayoutChange>

/** /quan-tri/bo-cuc: which blocks show in which slot of the public pages, in what order. */
export function layoutAdminRoutes(deps: SiteAdminDeps) {
  const admin = new LayoutAdmin(deps)
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/quan-tri/bo-cuc', async (req, reply) => {
      return sendLayout(req, reply)
    })

    for (const [button, change] of Object.entries(BUTTONS)) {
      app.post(`/quan-tri/bo-cuc/khoi/:id/${button}`, { schema: { params: BlockParams }, attachValidation: true }, async (req, reply) => {
        const actor = administrator(req, reply)
        if (req.validationError) throw new NotFoundError('Block not found', 'Không tìm thấy khối này.')
        return apply(req, reply, actor, change(req.params.id))
      })
    }

    app.post('/quan-tri/bo-cuc/vung/:slot', { schema: { params: SlotParams, body: PlaceBody }, attachValidation: true }, async (req, reply) => {
      const actor = administrator(req, reply)
      const slot = req.params.slot
      if (!isSlotName(slot)) throw new NotFoundError('Slot not found', 'Trang không có vùng này.')
      // A misshapen body reads as no block chosen.
      const { khoi } = readForm(req, ['khoi']).values
      if (!khoi) return sendLayout(req, reply, 'Xin chọn khối cần thêm vào vùng.', 422)
      if (!deps.blocks.find(khoi)) return sendLayout(req, reply, 'Không có khối này, xin chọn khối trong danh sách.', 422)
      return apply(req, reply, actor, { kind: 'place', blockId: khoi, slot })
    })
  }

  async function apply(req: FastifyRequest, reply: FastifyReply, actor: Actor, change: LayoutChange) {
    try {
      await admin.change(actor, change)
      return reply.redirect(LAYOUT, 303)
    } catch (error) {
      if (error instanceof LayoutRefusedError) return sendLayout(req, reply, error.messageVi, error.status)
      throw error
    }
  }

  async function sendLayout(req: FastifyRequest, reply: FastifyReply, message?: string, status = 200) {
    return sendNewsroomPage(req, reply, 'Bố cục trang', blockLayoutView(await admin.current(), deps.blocks.list(), req.signedIn!.session.csrfToken, message), status)
  }
}
