import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../../platform/clock.ts'
import type { Db } from '../../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../../platform/events.ts'
import { NotFoundError } from '../../../platform/http/errors.ts'
import { once, pathParams, sentFields } from '../../../platform/http/request-schemas.ts'
import type { MediaStorage } from '../../../platform/storage/index.ts'
import { sendNewsroomPage, signedInUser } from '../../accounts/index.ts'
import { recordAudit } from '../../audit/index.ts'
import { uploadGate, UploadSlots } from '../../media/index.ts'
import { attachDocumentFile, DocumentFileRefusedError, DocumentFileTooLargeError, megabytes } from './attach-file.ts'
import {
  deleteDocumentFile, findDocumentHeading, findServedFile, listDocumentFiles, readMaxFileBytes, reorderDocumentFiles, saveMaxFileBytes,
} from './document-file.repository.ts'
import { fileLimitView, filesScreenView } from './files.view.ts'
import { fileIdOf } from './public-files.routes.ts'
import { fileNotFound, sendDocumentFile } from './serve-file.ts'
import { nextFilePart, registerFileUploads } from './upload-form.ts'

/** The audit log's words for what this section records (the module's manifest lists them). */
export const FILE_AUDIT_ACTIONS = {
  'document.file.attach': 'đính kèm tệp vào văn bản',
  'document.file.remove': 'xóa tệp đính kèm của văn bản',
  'document.file.move': 'đổi thứ tự tệp đính kèm của văn bản',
  'document.file-limit.update': 'đổi giới hạn dung lượng tệp văn bản',
} as const
type FileAuditAction = keyof typeof FILE_AUDIT_ACTIONS

export interface FileRouteDeps {
  db: Db
  clock: Clock
  media: MediaStorage
  events: NewsroomEventBus
}

/** What a multipart body adds around the file: the boundaries, the token, the part headers. */
const FORM_OVERHEAD_BYTES = 64 * 1024
const documentNotFound = () => new NotFoundError('Document not found', 'Không tìm thấy văn bản.')

/**
 * The newsroom's side of documents' files (under /toa-soan): a document's files (upload,
 * remove, reorder), any file downloaded whatever its document's status, and the size limit.
 */
export function newsroomFileRoutes(deps: FileRouteDeps) {
  const changed = (documentId: number) => deps.events.emit('documents.changed', { ids: [documentId] })
  const audit = (req: FastifyRequest, action: FileAuditAction, itemId: number | undefined, details: Record<string, unknown>) =>
    recordAudit(deps.db, { userId: signedInUser(req).id, action, ip: req.ip, details, ...(itemId === undefined ? {} : { itemType: 'document', itemId }) }, deps.clock.now())
  return async (fastify: FastifyInstance) => {
    await registerFileUploads(fastify)
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    const gate = uploadGate({ db: deps.db, clock: deps.clock, slots: new UploadSlots() })

    /** A body announced larger than the limit is refused before a byte of it is read. */
    async function announcedSize(req: FastifyRequest, reply: FastifyReply) {
      const length = Number(req.headers['content-length'])
      const maxBytes = await readMaxFileBytes(deps.db)
      if (Number.isFinite(length) && length > maxBytes + FORM_OVERHEAD_BYTES) {
        reply.header('connection', 'close')
        throw new DocumentFileTooLargeError(maxBytes)
      }
    }

    app.get('/van-ban/tep/:fileId/:name', { schema: { params: pathParams('fileId', 'name') }, config: { right: 'document.edit' } }, async (req, reply) => {
      const id = fileIdOf(req.params.fileId)
      const file = id === undefined ? undefined : await findServedFile(deps.db, id)
      if (!file) throw fileNotFound()
      return sendDocumentFile(req, reply, file, deps.media, 'private, no-cache')
    })

    app.get('/van-ban/:documentId/tep', { schema: { params: pathParams('documentId'), querystring: sentFields('da-tai-len', 'da-xoa', 'da-doi') }, config: { right: 'document.edit' } }, async (req, reply) => {
      const documentId = await existingDocument(req.params.documentId)
      const query = req.query
      const notice = query['da-tai-len'] === '1' ? 'Đã tải tệp lên.' : query['da-xoa'] === '1' ? 'Đã xóa tệp.' : query['da-doi'] === '1' ? 'Đã đổi thứ tự tệp.' : undefined
      return sendFilesScreen(req, reply, documentId, notice ? { notice } : {})
    })

    app.post('/van-ban/:documentId/tep', {
      schema: { params: pathParams('documentId') },
      onRequest: [gate.beforeBody, announcedSize], preValidation: gate.csrfFirst, config: { right: 'document.edit' },
    }, async (req, reply) => {
      const user = signedInUser(req)
      const documentId = await existingDocument(req.params.documentId)
      const part = await nextFilePart(req)
      if (!part || part.filename === '') return sendFilesScreen(req, reply, documentId, { error: 'Xin chọn một tệp để tải lên.' }, 422)
      try {
        const file = await attachDocumentFile(deps, { documentId, fileName: part.filename, source: part.file, uploadedBy: user.id })
        await audit(req, 'document.file.attach', documentId, { file: file.fileName, mediaType: file.mediaType, bytes: file.bytes, textState: file.textState })
      } catch (error) {
        part.file.resume()
        if (error instanceof DocumentFileRefusedError || error instanceof DocumentFileTooLargeError) {
          if (error instanceof DocumentFileTooLargeError) reply.header('connection', 'close')
          return sendFilesScreen(req, reply, documentId, { error: error.messageVi }, error.status)
        }
        throw error
      }
      changed(documentId)
      return reply.redirect(`/toa-soan/van-ban/${documentId}/tep?da-tai-len=1`, 303)
    })

    app.post('/van-ban/:documentId/tep/:fileId/xoa', { schema: { params: pathParams('documentId', 'fileId') }, config: { right: 'document.edit' } }, async (req, reply) => {
      const { documentId, file } = await fileOfDocument(req.params)
      await deleteDocumentFile(deps.db, file.id)
      await audit(req, 'document.file.remove', documentId, { file: file.fileName })
      await deps.media.delete(file.storageKey).catch((error: unknown) => req.log.warn({ err: error, key: file.storageKey }, 'a removed document file stays in the storage'))
      changed(documentId)
      return reply.redirect(`/toa-soan/van-ban/${documentId}/tep?da-xoa=1`, 303)
    })

    for (const [segment, step] of [['len', -1], ['xuong', 1]] as const) {
      app.post(`/van-ban/:documentId/tep/:fileId/${segment}`, { schema: { params: pathParams('documentId', 'fileId') }, config: { right: 'document.edit' } }, async (req, reply) => {
        const { documentId, file } = await fileOfDocument(req.params)
        const order = (await listDocumentFiles(deps.db, documentId)).map((f) => f.id)
        const at = order.indexOf(file.id)
        const to = at + step
        if (to >= 0 && to < order.length) {
          ;[order[at], order[to]] = [order[to]!, order[at]!]
          await deps.db.transaction().execute((trx) => reorderDocumentFiles(trx, documentId, order))
          await audit(req, 'document.file.move', documentId, { file: file.fileName, direction: segment })
          changed(documentId)
        }
        return reply.redirect(`/toa-soan/van-ban/${documentId}/tep?da-doi=1`, 303)
      })
    }

    app.get('/van-ban/gioi-han-tep', { schema: { querystring: sentFields('da-luu') }, config: { right: 'site.administer' } }, async (req, reply) => {
      const maxBytes = await readMaxFileBytes(deps.db)
      const saved = req.query['da-luu'] === '1'
      return sendNewsroomPage(req, reply, 'Giới hạn tệp văn bản', fileLimitView({ maxMegabytes: String(megabytes(maxBytes)), csrfToken: req.signedIn!.session.csrfToken, saved }))
    })

    app.post('/van-ban/gioi-han-tep', { schema: { body: sentFields('maxMegabytes') }, config: { right: 'site.administer' } }, async (req, reply) => {
      const typed = (once(req.body.maxMegabytes) ?? '').trim()
      const value = Number(typed.replace(',', '.'))
      if (!/^\d{1,4}([.,]\d)?$/.test(typed) || !(value >= 1 && value <= 2000)) {
        return sendNewsroomPage(req, reply, 'Giới hạn tệp văn bản', fileLimitView({
          maxMegabytes: typed, csrfToken: req.signedIn!.session.csrfToken, error: 'Xin nhập một số từ 1 đến 2000 (MB).',
        }), 422)
      }
      const before = await readMaxFileBytes(deps.db)
      await saveMaxFileBytes(deps.db, Math.round(value * 1024 * 1024))
      await audit(req, 'document.file-limit.update', undefined, { beforeMegabytes: megabytes(before), afterMegabytes: value })
      return reply.redirect('/toa-soan/van-ban/gioi-han-tep?da-luu=1', 303)
    })

    async function existingDocument(documentIdText: string): Promise<number> {
      const id = fileIdOf(documentIdText)
      if (id === undefined || !(await findDocumentHeading(deps.db, id))) throw documentNotFound()
      return id
    }

    async function fileOfDocument(params: { documentId: string; fileId: string }) {
      const documentId = await existingDocument(params.documentId)
      const id = fileIdOf(params.fileId)
      const file = id === undefined ? undefined : await findServedFile(deps.db, id)
      if (!file || file.documentId !== documentId) throw fileNotFound()
      return { documentId, file }
    }

    async function sendFilesScreen(req: FastifyRequest, reply: FastifyReply, documentId: number, say: { notice?: string; error?: string }, status = 200) {
      const heading = (await findDocumentHeading(deps.db, documentId))!
      return sendNewsroomPage(req, reply, 'Tệp đính kèm văn bản', filesScreenView({
        documentId, heading, files: await listDocumentFiles(deps.db, documentId), maxBytes: await readMaxFileBytes(deps.db),
        csrfToken: req.signedIn!.session.csrfToken, ...say,
      }), status)
    }
  }
}

