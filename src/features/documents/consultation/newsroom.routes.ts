import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../../platform/db/connect.ts'
import { NotFoundError, ValidationError } from '../../../platform/http/errors.ts'
import { each, once, sentFields } from '../../../platform/http/request-schemas.ts'
import { sectionRight, sendNewsroomPage, signedInUser } from '../../accounts/index.ts'
import { CONSULTATION_TABS } from './consultation.ts'
import { ConsultationDesk, MODERATION_ACTIONS, type Editor, type ModerationAction } from './consultation-moderation.service.ts'
import { countComments, findDocumentsByNumber, listClauses, listComments, listConsultedDocuments } from './consultation.repository.ts'
import { BulkForm, ClauseForm, ClauseParams, DocumentIdParams, FindQuery, QueueQuery, ReportForm, WindowForm } from './consultation.schemas.ts'
import { commentsCsv, commentsXlsx } from './comments-export.ts'
import { consultationDeskView, consultationQueueView, documentChoiceView, type DeskModel } from './views/consultation-desk.view.ts'
import type { Consultation } from './consultation.service.ts'

const PAGE = 100

/** The consultation's screens under /toa-soan/van-ban, for holders of 'document.publish'. */
export function newsroomConsultationRoutes(deps: { db: Db; desk: ConsultationDesk; consultation: Consultation }) {
  const { db, desk } = deps
  const editor = (req: FastifyRequest): Editor => ({ userId: signedInUser(req).id, ip: req.ip })
  const csrf = (req: FastifyRequest) => req.signedIn!.session.csrfToken

  return async function routes(fastify: FastifyInstance): Promise<void> {
    sectionRight(fastify, 'document.publish')
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/van-ban/gop-y', { schema: { querystring: QueueQuery } }, async (req, reply) => {
      const tab = CONSULTATION_TABS.find((t) => t.key === once(req.query['trang-thai'])) ?? CONSULTATION_TABS[0]!
      const idText = once(req.query['van-ban'])
      const documentId = idText !== undefined && /^\d{1,9}$/.test(idText) ? Number(idText) : undefined
      const [counts, comments, documents, document] = await Promise.all([
        countComments(db, documentId), listComments(db, { documentId, status: tab.status, limit: PAGE }), listConsultedDocuments(db),
        documentId === undefined ? undefined : desk.document(documentId),
      ])
      const here = `/toa-soan/van-ban/gop-y?${new URLSearchParams({ 'trang-thai': tab.key, ...(documentId ? { 'van-ban': String(documentId) } : {}) }).toString()}`
      return sendNewsroomPage(req, reply, 'Góp ý dự thảo', consultationQueueView({
        status: tab.status, counts, comments, document, documents, today: deps.consultation.today(), csrfToken: csrf(req), here,
      }))
    })

    // Opening a consultation on a draft not yet in the list: the clerk types its number.
    app.get('/van-ban/gop-y/mo', { schema: { querystring: FindQuery } }, async (req, reply) => {
      const typed = (once(req.query.so) ?? '').normalize('NFC').trim().slice(0, 100)
      const found = await findDocumentsByNumber(db, typed)
      if (found.length === 1) return reply.redirect(`/toa-soan/van-ban/${found[0]!.id}/lay-y-kien`, 303)
      return sendNewsroomPage(req, reply, 'Mở lấy ý kiến dự thảo', documentChoiceView(typed, found), found.length === 0 ? 404 : 200)
    })

    app.post('/van-ban/gop-y/hang-loat', { schema: { body: BulkForm } }, async (req, reply) => {
      const action = once(req.body['thao-tac'])
      if (!action || !(action in MODERATION_ACTIONS)) throw new ValidationError({ 'thao-tac': 'Xin chọn việc cần làm với các ý kiến.' })
      const ids = each(req.body.ids).filter((id) => /^\d{1,9}$/.test(id)).map(Number)
      await desk.moderate(editor(req), ids, action as ModerationAction)
      const back = once(req.body['tro-lai'])
      // Back to the queue's tab and draft it was sent from; nothing else (never another site, never a header break).
      return reply.redirect(back && /^\/toa-soan\/van-ban\/gop-y(\?[\w%=&.-]*)?$/.test(back) ? back : '/toa-soan/van-ban/gop-y', 303)
    })

    app.get('/van-ban/:id/lay-y-kien', { schema: { params: DocumentIdParams, querystring: sentFields('da-luu') } }, async (req, reply) => {
      const saved = req.query['da-luu'] === '1' ? 'Đã lưu.' : undefined
      return sendDesk(req, reply, documentId(req.params.id), {}, {}, 200, saved)
    })

    app.post('/van-ban/:id/lay-y-kien/thoi-gian', { schema: { params: DocumentIdParams, body: WindowForm } }, async (req, reply) => {
      const id = documentId(req.params.id)
      const values = { opensOn: once(req.body.opensOn) ?? '', closesOn: once(req.body.closesOn) ?? '' }
      try {
        await desk.setWindow(editor(req), id, values.opensOn, values.closesOn)
      } catch (error) {
        if (error instanceof ValidationError) return sendDesk(req, reply, id, values, error.fields, 422)
        throw error
      }
      return reply.redirect(`/toa-soan/van-ban/${id}/lay-y-kien?da-luu=1`, 303)
    })

    app.post('/van-ban/:id/lay-y-kien/dieu-khoan', { schema: { params: DocumentIdParams, body: ClauseForm } }, async (req, reply) => {
      const id = documentId(req.params.id)
      const label = once(req.body.label) ?? ''
      try {
        await desk.addClause(editor(req), id, label)
      } catch (error) {
        if (error instanceof ValidationError) return sendDesk(req, reply, id, { label }, error.fields, 422)
        throw error
      }
      return reply.redirect(`/toa-soan/van-ban/${id}/lay-y-kien?da-luu=1`, 303)
    })

    app.post('/van-ban/:id/lay-y-kien/dieu-khoan/:clauseId', { schema: { params: ClauseParams, body: ClauseForm } }, async (req, reply) => {
      const id = documentId(req.params.id)
      if (!/^\d{1,9}$/.test(req.params.clauseId)) throw new NotFoundError()
      try {
        await desk.changeClause(editor(req), id, Number(req.params.clauseId), once(req.body['thao-tac']) ?? 'luu', once(req.body.label) ?? '')
      } catch (error) {
        if (error instanceof ValidationError) return sendDesk(req, reply, id, {}, error.fields, 422)
        throw error
      }
      return reply.redirect(`/toa-soan/van-ban/${id}/lay-y-kien?da-luu=1`, 303)
    })

    app.post('/van-ban/:id/lay-y-kien/bao-cao', { schema: { params: DocumentIdParams, body: ReportForm } }, async (req, reply) => {
      const id = documentId(req.params.id)
      await desk.setReport(editor(req), id, once(req.body.reportHtml) ?? '')
      return reply.redirect(`/toa-soan/van-ban/${id}/lay-y-kien?da-luu=1`, 303)
    })

    // The comments received (everything but what the honeypot caught), for the drafting body's report.
    app.get('/van-ban/:id/lay-y-kien/gop-y.csv', { schema: { params: DocumentIdParams } }, async (req, reply) => {
      const { document, comments } = await received(documentId(req.params.id))
      return download(reply, commentsCsv(comments), 'text/csv; charset=utf-8', `gop-y-${document.slug}.csv`)
    })

    app.get('/van-ban/:id/lay-y-kien/gop-y.xlsx', { schema: { params: DocumentIdParams } }, async (req, reply) => {
      const { document, comments } = await received(documentId(req.params.id))
      return download(reply, await commentsXlsx(comments, `Góp ý ${document.number}`), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `gop-y-${document.slug}.xlsx`)
    })
  }

  async function received(id: number) {
    const document = await desk.document(id)
    const comments = (await listComments(db, { documentId: id })).filter((c) => c.status !== 'spam')
    return { document, comments }
  }

  async function sendDesk(req: FastifyRequest, reply: FastifyReply, id: number, values: Partial<DeskModel['values']>, errors: Record<string, string>, status = 200, saved?: string) {
    const document = await desk.document(id)
    const [clauses, counts] = await Promise.all([listClauses(db, id), countComments(db, id)])
    return sendNewsroomPage(req, reply, 'Lấy ý kiến dự thảo', consultationDeskView({
      document, clauses, counts, csrfToken: csrf(req), errors, today: deps.consultation.today(), ...(saved ? { saved } : {}),
      values: { opensOn: document.window?.opensOn ?? '', closesOn: document.window?.closesOn ?? '', label: '', reportHtml: document.reportHtml, ...values },
    }), status)
  }
}

function download(reply: FastifyReply, bytes: Buffer, type: string, fileName: string): FastifyReply {
  // The slug is ASCII already; the header stays plain.
  return reply.header('content-type', type).header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '-')}"`).send(bytes)
}

function documentId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw new NotFoundError('Document not found', 'Không tìm thấy văn bản này.')
  return Number(raw)
}
