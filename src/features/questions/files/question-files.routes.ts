import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Clock } from '../../../platform/clock.ts'
import type { Db } from '../../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../../platform/events.ts'
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.ts'
import { once, pathParams, sentFields } from '../../../platform/http/request-schemas.ts'
import type { MediaStorage } from '../../../platform/storage/index.ts'
import { sectionRight, signedInUser } from '../../accounts/index.ts'
import { recordAudit } from '../../audit/index.ts'
import { contentDisposition, FILE_KINDS } from '../../documents/index.ts'
import { maySeeContact } from '../question-desk.ts'
import { findCase } from '../question.repository.ts'
import { findPublicQuestionFile, findQuestionFile, setQuestionFilePublic } from './question-file.repository.ts'
import type { QuestionFile } from './question-file.ts'

// A question's attachment is served under its own name (RFC 6266): to readers only once the
// answerer published it with an answer that is public, to the newsroom only to those who may see
// the asker's contact details (a scan may carry an identity card), never from /media.

const notFound = () => new NotFoundError('Attachment not found', 'Không tìm thấy tệp đính kèm này.')
const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : undefined)

export function publicQuestionFileRoutes(deps: { db: Db; media: MediaStorage }) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    fastify.withTypeProvider<TypeBoxTypeProvider>().get('/hoi-dap/tep/:id/:name', { schema: { params: pathParams('id', 'name') } }, async (req, reply) => {
      const id = idOf(req.params.id)
      const file = id === undefined ? undefined : await findPublicQuestionFile(deps.db, id)
      if (!file) throw notFound()
      // Revalidated each time: a file the answerer takes back stops being served at once.
      return sendQuestionFile(reply, file, deps.media, 'no-cache')
    })
  }
}

export const FILE_AUDIT_ACTIONS = { 'question.publish-file': 'công bố tệp đính kèm của câu hỏi', 'question.unpublish-file': 'thôi công bố tệp đính kèm của câu hỏi' }

/** Mounted inside the newsroom's Hỏi đáp section (its 'question.answer' right and CSRF). */
export function newsroomQuestionFileRoutes(deps: { db: Db; media: MediaStorage; clock: Clock; events: NewsroomEventBus }) {
  const { db } = deps
  async function fileOfCase(user: Parameters<typeof maySeeContact>[0], caseText: string, fileText: string): Promise<QuestionFile> {
    const [caseId, fileId] = [idOf(caseText), idOf(fileText)]
    const q = caseId === undefined ? undefined : await findCase(db, caseId)
    const file = fileId === undefined ? undefined : await findQuestionFile(db, fileId)
    if (!q || !file || file.questionId !== q.id) throw notFound()
    if (!maySeeContact(user, q)) throw new ForbiddenError('not handling this case', 'Chỉ người được phân công xử lý và lãnh đạo duyệt xem được tệp đính kèm của người hỏi.')
    return file
  }

  return async function routes(fastify: FastifyInstance): Promise<void> {
    sectionRight(fastify, 'question.answer')
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    app.get('/hoi-dap/:id/tep/:fileId', { schema: { params: pathParams('id', 'fileId') } }, async (req, reply) =>
      sendQuestionFile(reply, await fileOfCase(signedInUser(req), req.params.id, req.params.fileId), deps.media, 'private, no-store'))

    app.post('/hoi-dap/:id/tep/:fileId/cong-bo', { schema: { params: pathParams('id', 'fileId'), body: sentFields('public') } }, async (req, reply) => {
      const user = signedInUser(req)
      const file = await fileOfCase(user, req.params.id, req.params.fileId)
      const isPublic = once(req.body.public) === '1'
      const now = deps.clock.now()
      await db.transaction().execute(async (trx) => {
        await setQuestionFilePublic(trx, file.id, isPublic)
        await recordAudit(trx, { userId: user.id, action: isPublic ? 'question.publish-file' : 'question.unpublish-file', itemType: 'question', itemId: file.questionId, ip: req.ip, details: { file: file.fileName } }, now)
      })
      deps.events.emit('questions.changed', { ids: [file.questionId] })
      return reply.redirect(`/toa-soan/hoi-dap/${file.questionId}?da-luu=1`, 303)
    })
  }
}

async function sendQuestionFile(reply: FastifyReply, file: QuestionFile, media: MediaStorage, cacheControl: string) {
  const stored = await media.get(file.storageKey)
  if (!stored) throw notFound()
  const kind = Object.values(FILE_KINDS).find((k) => k.mediaType === file.mediaType)
  return reply.header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(kind?.inline ? 'inline' : 'attachment', file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', cacheControl)
    .header('etag', `"${file.sha256}"`)
    .header('content-length', String(stored.length))
    .send(stored.body)
}
