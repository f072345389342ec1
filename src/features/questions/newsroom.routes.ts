import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { once, sentFields } from '../../platform/http/request-schemas.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { may, sectionRight, sendNewsroomPage, signedInUser } from '../accounts/index.ts'
import { EDITOR_STYLESHEET, editorBundle } from '../editorial/index.ts'
import type { Clock } from '../../platform/clock.ts'
import { caseFor, maySeeContact, type Officer, type QuestionDesk } from './question-desk.ts'
import { caseFilesView } from './files/newsroom-files.view.ts'
import { listQuestionFiles } from './files/question-file.repository.ts'
import { countByStatus, countOverdue, listCases, listHistory, listNotes } from './question.repository.ts'
import { AnswerForm, CaseParams, FaqForm, NoteForm, QueueQuery, SettingsForm, StepForm } from './question.schemas.ts'
import { QUESTION_STATUSES, STEPS, isStep, stepsFrom, type QuestionStatus } from './question.ts'
import { caseView, settingsView } from './views/newsroom-case.view.ts'
import { queueView } from './views/newsroom-queue.view.ts'

/** Hỏi đáp's newsroom screens under /toa-soan/hoi-dap, for holders of 'question.answer'. */
export function newsroomQuestionRoutes(deps: { db: Db; clock: Clock; desk: QuestionDesk }) {
  const { db, desk } = deps
  const officer = (req: FastifyRequest): Officer => ({ user: signedInUser(req), ip: req.ip })
  const csrf = (req: FastifyRequest) => req.signedIn!.session.csrfToken
  const today = () => newsroomDay(deps.clock.now())

  return async function routes(fastify: FastifyInstance): Promise<void> {
    sectionRight(fastify, 'question.answer')
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/hoi-dap', { schema: { querystring: QueueQuery } }, async (req, reply) => {
      const wanted = once(req.query['trang-thai'])
      const status = QUESTION_STATUSES.find((s) => s === wanted)
      const overdueOnly = once(req.query['qua-han']) === '1'
      const [counts, overdue, cases] = await Promise.all([
        countByStatus(db), countOverdue(db, today()),
        listCases(db, { ...(status ? { status } : {}), ...(overdueOnly ? { overdueOn: today() } : {}), limit: 200 }),
      ])
      return sendNewsroomPage(req, reply, 'Hỏi đáp', queueView({ status, overdueOnly, counts, overdue, cases, today: today() }))
    })

    app.get('/hoi-dap/cai-dat', { config: { right: 'site.administer' }, schema: { querystring: sentFields('da-luu') } }, async (req, reply) =>
      sendNewsroomPage(req, reply, 'Hỏi đáp: thời gian lưu', settingsView({ months: await desk.retentionMonths(), csrfToken: csrf(req), saved: once(req.query['da-luu']) === '1' })))

    app.post('/hoi-dap/cai-dat', { config: { right: 'site.administer' }, schema: { body: SettingsForm } }, async (req, reply) => {
      const typed = once(req.body.months) ?? ''
      try {
        await desk.setRetentionMonths(officer(req), typed)
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        return sendNewsroomPage(req, reply, 'Hỏi đáp: thời gian lưu', settingsView({ months: Number(typed) || 0, csrfToken: csrf(req), error: error.fields.months ?? '' }), 422)
      }
      return reply.redirect('/toa-soan/hoi-dap/cai-dat?da-luu=1', 303)
    })

    app.get('/hoi-dap/:id', { schema: { params: CaseParams, querystring: sentFields('da-luu') } }, async (req, reply) =>
      sendCase(req, reply, caseId(req.params.id), {}, 200, once(req.query['da-luu']) === '1' ? 'Đã lưu.' : undefined))

    app.post('/hoi-dap/:id/buoc', { schema: { params: CaseParams, body: StepForm } }, async (req, reply) => {
      const id = caseId(req.params.id)
      const step = once(req.body['thao-tac']) ?? ''
      if (!isStep(step)) throw new ValidationError({ 'thao-tac': 'Xin chọn việc cần làm.' })
      const assigneeText = once(req.body.assignee) ?? ''
      // An empty unit is "no unit"; anything else that is not one of the list is refused by the desk.
      const unitText = once(req.body.unit) ?? ''
      return saved(req, reply, id, () => desk.step(officer(req), id, step, {
        ...(/^\d{1,9}$/.test(assigneeText) ? { assigneeId: Number(assigneeText) } : {}),
        ...(unitText ? { unitId: /^\d{1,9}$/.test(unitText) ? Number(unitText) : -1 } : {}), note: once(req.body.note) ?? '',
      }))
    })

    app.post('/hoi-dap/:id/tra-loi', { schema: { params: CaseParams, body: AnswerForm } }, async (req, reply) => {
      const id = caseId(req.params.id)
      return saved(req, reply, id, () => desk.saveAnswer(officer(req), id, once(req.body.answerHtml) ?? ''))
    })

    app.post('/hoi-dap/:id/ghi-chu', { schema: { params: CaseParams, body: NoteForm } }, async (req, reply) => {
      const id = caseId(req.params.id)
      return saved(req, reply, id, () => desk.addNote(officer(req), id, once(req.body.note) ?? ''), { note: 'internalNote' })
    })

    app.post('/hoi-dap/:id/thuong-gap', { schema: { params: CaseParams, body: FaqForm } }, async (req, reply) => {
      const id = caseId(req.params.id)
      return saved(req, reply, id, () => desk.setFaq(officer(req), id, once(req.body.pinned) === '1'))
    })
  }

  /** Does the work, then back to the case; a field's message shows the case again with it. */
  async function saved(req: FastifyRequest, reply: FastifyReply, id: number, work: () => Promise<unknown>, rename: Record<string, string> = {}) {
    try {
      await work()
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      const errors = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [rename[k] ?? k, v]))
      return sendCase(req, reply, id, errors, 422)
    }
    return reply.redirect(`/toa-soan/hoi-dap/${id}?da-luu=1`, 303)
  }

  async function sendCase(req: FastifyRequest, reply: FastifyReply, id: number, errors: Record<string, string>, status = 200, savedText?: string) {
    const user = signedInUser(req)
    const q = await desk.get(id)
    const [history, notes, assignees, units, files] = await Promise.all([listHistory(db, id), listNotes(db, id), desk.assignees(), desk.caseUnits(), listQuestionFiles(db, id)])
    const steps = stepsFrom(q.status as QuestionStatus).filter((s) => may(user, STEPS[s].right))
      .filter((s) => (s !== 'start' && s !== 'submit') || q.assignee?.id === user.id || may(user, 'question.approve'))
    const mayWriteAnswer = (q.status === 'in_progress' && (q.assignee?.id === user.id || may(user, 'question.approve')))
      || (q.status === 'awaiting_approval' && may(user, 'question.approve'))
    const { richText } = await editorBundle()
    return sendNewsroomPage(req, reply, `${q.code}: ${q.title}`, caseView({
      q: caseFor(user, q), history, notes, steps, mayWriteAnswer, mayPin: q.status === 'answered', assignees, units, today: today(), csrfToken: csrf(req), errors,
      ...(savedText ? { saved: savedText } : {}),
      attachments: caseFilesView({ questionId: id, files, hidden: !maySeeContact(user, q), csrfToken: csrf(req) }),
    }), status, mayWriteAnswer ? [richText.url] : [], mayWriteAnswer ? [EDITOR_STYLESHEET.url] : [])
  }
}

function caseId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw new NotFoundError('Question not found', 'Không tìm thấy câu hỏi này.')
  return Number(raw)
}
