import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { once } from '../../platform/http/request-schemas.ts'
import { answerRefusal, errorWords, fromOurPages, sendJsonFailure, wantsJson } from '../comments/index.ts'
import { citizenPage } from '../cases/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { questionMessages } from './messages.ts'
import { emptyAskValues, readAskForm } from './question-form.ts'
import type { QuestionIntake } from './question-intake.ts'
import { findPublishedBySlug, listPublished } from './question.repository.ts'
import { AskForm, ListQuery, PostHeaders, SlugParams } from './question.schemas.ts'
import { askAnswerView, askFormView, type AskFormModel } from './views/ask-form.view.ts'
import { publicListView } from './views/public-list.view.ts'
import { questionPageView } from './views/question-page.view.ts'

export const QUESTION_LIST_TAG = 'questions'
export const questionTag = (id: number) => `question:${id}`
/** Every answered question's page (they name their topic). */
export const QUESTION_PAGES_TAG = 'question-pages'

export interface PublicQuestionDeps {
  db: Db
  intake: QuestionIntake
  chrome: PortalChrome
  responder: PublicResponder
}

// The list and each answered question are cached pages, purged by 'questions.changed'. The form
// answers outside the cache and set no cookie; there is no session for a CSRF
// token to ride on, and the Origin / Sec-Fetch-Site check stops other sites posting through
// their visitors' browsers (as the readers' comment forms do).
export function publicQuestionRoutes(deps: PublicQuestionDeps) {
  const locale = deps.chrome.locale('vi')
  const t = locale.t(questionMessages)
  const words = errorWords(locale)
  const sendPage = citizenPage(deps.chrome)
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/hoi-dap', { schema: { querystring: ListQuery } }, async (req, reply) => {
      const topics = await deps.intake.topics()
      const wanted = once(req.query['linh-vuc'])
      const topicId = topics.find((x) => String(x.id) === wanted)?.id
      const all = await listPublished(deps.db, { ...(topicId !== undefined ? { topicId } : {}), limit: 200 })
      const main = publicListView({ topics, topicId, faq: all.filter((q) => q.isFaq), questions: all.filter((q) => !q.isFaq) }, locale)
      const body = await deps.chrome.page({ title: t('heading'), canonicalPath: topicId !== undefined ? `/hoi-dap?linh-vuc=${topicId}` : '/hoi-dap', main })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [QUESTION_LIST_TAG, 'layout'] })
    })

    app.get('/hoi-dap/dat-cau-hoi', async (_req, reply) => sendPage(reply, 200, t('formHeading'), askFormView(await formModel({}), locale)))

    app.post('/hoi-dap/dat-cau-hoi', { schema: { body: AskForm, headers: PostHeaders } }, async (req, reply) => {
      const json = wantsJson(req)
      if (!fromOurPages(req)) return fail(reply, json, 403, 'cross_site', t('crossSite'))
      const values = readAskForm(req.body)
      try {
        const received = await deps.intake.ask(values, { ip: req.ip }, locale)
        if (json) return reply.code(200).header('cache-control', 'no-store').send({ code: received.code, dueOn: received.dueOn })
        return sendPage(reply, 200, t('receivedTitle'), askAnswerView({ received: true, ...received, dueOn: new Date(`${received.dueOn}T05:00:00Z`) }, locale))
      } catch (error) {
        return answerRefusal(error, reply, {
          json, words, fail: (status, code, message, extra) => fail(reply, json, status, code, message, extra),
          again: async (status, form) => sendPage(reply, status, t('formHeading'), askFormView(await formModel({ values: { ...values, website: '', challenge: '', nonce: '', answer: '' }, ...form }), locale)),
        })
      }
    })

    app.get('/hoi-dap/:slug', { schema: { params: SlugParams } }, async (req, reply) => {
      const question = await findPublishedBySlug(deps.db, req.params.slug)
      if (!question) throw new NotFoundError('Question not found', 'Không tìm thấy câu hỏi này.')
      const body = await deps.chrome.page({ title: question.title, description: question.body.slice(0, 200), canonicalPath: `/hoi-dap/${question.slug}`, main: questionPageView(question, locale) })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [questionTag(question.id), QUESTION_PAGES_TAG, 'layout'] })
    })
  }

  async function formModel(form: Partial<AskFormModel>): Promise<AskFormModel> {
    const [topics, retentionMonths] = await Promise.all([deps.intake.topics(), deps.intake.retentionMonths()])
    return { values: emptyAskValues(), errors: {}, topics, retentionMonths, ...form }
  }

  async function fail(reply: FastifyReply, json: boolean, status: number, code: string, message: string, extra: Record<string, unknown> = {}): Promise<FastifyReply> {
    if (!json) return sendPage(reply, status, t('failedTitle'), askAnswerView({ problem: message }, locale))
    return sendJsonFailure(reply, status, code, message, extra)
  }
}
