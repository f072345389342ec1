import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { once, pathParams, sentFields } from '../../platform/http/request-schemas.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { may, sectionRight, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { listHistory } from '../cases/index.ts'
import { caseFor, HANDLING, type FeedbackDesk, type Officer } from './feedback-desk.ts'
import { countByStatus, countOverdue, listCases } from './feedback.repository.ts'
import { ATTACHMENT_TYPES, CASE_KIND, FEEDBACK_STATUSES, STEPS, isStep, stepsFrom, type FeedbackStatus } from './feedback.ts'
import { feedbackCaseView, feedbackQueueView } from './views/newsroom.view.ts'

const CaseParams = pathParams('id')
const FileParams = pathParams('id', 'file')
const QueueQuery = sentFields('trang-thai', 'qua-han')
const SavedQuery = sentFields('da-luu')
const StepForm = sentFields('thao-tac', 'bodyName', 'result')

/** Phản ánh's newsroom screens under /toa-soan/phan-anh, for holders of 'feedback.handle'. */
export function newsroomFeedbackRoutes(deps: { db: Db; clock: Clock; desk: FeedbackDesk }) {
  const { db, desk } = deps
  const officer = (req: FastifyRequest): Officer => ({ user: signedInUser(req), ip: req.ip })
  const today = () => newsroomDay(deps.clock.now())

  return async function routes(fastify: FastifyInstance): Promise<void> {
    sectionRight(fastify, HANDLING.handle)
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/phan-anh', { schema: { querystring: QueueQuery } }, async (req, reply) => {
      const wanted = once(req.query['trang-thai'])
      const status = FEEDBACK_STATUSES.find((s) => s === wanted)
      const overdueOnly = once(req.query['qua-han']) === '1'
      const [counts, overdue, cases] = await Promise.all([
        countByStatus(db), countOverdue(db, today()),
        listCases(db, { ...(status ? { status } : {}), ...(overdueOnly ? { overdueOn: today() } : {}), limit: 200 }),
      ])
      return sendNewsroomPage(req, reply, 'Phản ánh, kiến nghị', feedbackQueueView({ status, overdueOnly, counts, overdue, cases, today: today() }))
    })

    app.get('/phan-anh/:id', { schema: { params: CaseParams, querystring: SavedQuery } }, async (req, reply) =>
      sendCase(req, reply, caseId(req.params.id), {}, 200, once(req.query['da-luu']) === '1' ? 'Đã lưu.' : undefined))

    app.post('/phan-anh/:id/buoc', { schema: { params: CaseParams, body: StepForm } }, async (req, reply) => {
      const id = caseId(req.params.id)
      const step = once(req.body['thao-tac']) ?? ''
      if (!isStep(step)) throw new ValidationError({ 'thao-tac': 'Xin chọn việc cần làm.' })
      try {
        await desk.step(officer(req), id, step, { bodyName: once(req.body.bodyName) ?? '', result: once(req.body.result) ?? '' })
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        return sendCase(req, reply, id, error.fields, 422)
      }
      return reply.redirect(`/toa-soan/phan-anh/${id}?da-luu=1`, 303)
    })

    app.get('/phan-anh/:id/tep/:file', { schema: { params: FileParams } }, async (req, reply) => {
      const file = await desk.attachment(officer(req), caseId(req.params.id), caseId(req.params.file))
      return reply.header('cache-control', 'private, no-store').header('content-disposition', 'attachment').header('x-content-type-options', 'nosniff')
        .type(ATTACHMENT_TYPES[file.kind]).send(file.bytes)
    })
  }

  async function sendCase(req: FastifyRequest, reply: FastifyReply, id: number, errors: Record<string, string>, status = 200, saved?: string) {
    const user = signedInUser(req)
    const f = await desk.get(id)
    const history = await listHistory<FeedbackStatus>(db, CASE_KIND, id)
    // A case someone else took is theirs and the approvers' to move on.
    const steps = stepsFrom(f.status).filter((s) => may(user, STEPS[s].right) && (!f.handler || f.handler.id === user.id || may(user, HANDLING.approve)))
    return sendNewsroomPage(req, reply, `${f.code}: ${f.title}`, feedbackCaseView({
      f: caseFor(user, f), history, steps, today: today(), csrfToken: req.signedIn!.session.csrfToken, errors, ...(saved ? { saved } : {}),
    }), status)
  }
}

function caseId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw new NotFoundError('Feedback not found', 'Không tìm thấy phản ánh này.')
  return Number(raw)
}
