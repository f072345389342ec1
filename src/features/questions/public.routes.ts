import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { ContentParts } from '../../platform/content/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import type { Sent } from '../../platform/http/request-schemas.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { answerRefusal, errorWords, fromOurPages, sendJsonFailure, wantsJson } from '../comments/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { judgeAttachment, recordAttachment, storeAttachment, type StoredAttachment } from './files/question-attachment.ts'
import { listQuestionFiles } from './files/question-file.repository.ts'
import { readMultipartAsk, registerQuestionUploads, type SentAskForm } from './files/question-upload.ts'
import { questionMessages } from './messages.ts'
import { emptyAskValues, readAskForm, validateAskForm } from './question-form.ts'
import type { QuestionIntake } from './question-intake.ts'
import { ENGLISH_QUESTION_PATHS, questionListUrl, VIETNAMESE_QUESTION_PATHS, type QuestionPaths } from './question-paths.ts'
import { countPublished, findCaseByCode, findPublishedBySlug, listPublished } from './question.repository.ts'
import { AskForm, ListQuery, PostHeaders, SlugParams } from './question.schemas.ts'
import { askAnswerView, askFormView, type AskFormModel } from './views/ask-form.view.ts'
import { publicListView } from './views/public-list.view.ts'
import { questionPageView } from './views/question-page.view.ts'

export const QUESTION_LIST_TAG = 'questions'
export const questionTag = (id: number) => `question:${id}`
/** Every answered question's page (they name their topic). */
export const QUESTION_PAGES_TAG = 'question-pages'
export const QUESTION_PAGE_SIZE = 20
/** The FAQ is a short list editors keep; more than this would not be "frequently asked". */
const FAQ_MAX = 50
const HTML = 'text/html; charset=utf-8'

export interface PublicQuestionDeps {
  db: Db
  clock: Clock
  media: MediaStorage
  intake: QuestionIntake
  chrome: PortalChrome
  responder: PublicResponder
  /** What the modules show under an item (the rating form): under each published answer. */
  contentParts?: ContentParts
}

// The list and each answered question are cached pages, purged by 'questions.changed'. The form
// and the look-up answer outside the cache and set no cookie; there is no session for a CSRF
// token to ride on, and the Origin / Sec-Fetch-Site check stops other sites posting through
// their visitors' browsers (as the readers' comment forms do). Each page exists in Vietnamese
// and, under /en, in English; a question asked in English is answered by English mail.
export function publicQuestionRoutes(deps: PublicQuestionDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    await registerQuestionUploads(fastify)
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    for (const paths of [VIETNAMESE_QUESTION_PATHS, ENGLISH_QUESTION_PATHS]) {
      const locale = deps.chrome.locale(paths.lang)
      const t = locale.t(questionMessages)
      const alternates = (path: (p: QuestionPaths) => string) => [{ lang: 'vi' as const, path: path(VIETNAMESE_QUESTION_PATHS) }, { lang: 'en' as const, path: path(ENGLISH_QUESTION_PATHS) }]

      app.get(paths.list, { schema: { querystring: ListQuery } }, async (req, reply) => {
        const topics = await deps.intake.topics()
        const query: Record<string, Sent | undefined> = req.query
        const [topicText, pageText] = [query[paths.params.topic], query[paths.params.page]]
        const topicId = topics.find((x) => String(x.id) === topicText)?.id
        // A topic that is not one, a page that is not a number (or either sent twice), a page past
        // the last: no such list, rather than endless addresses for one page.
        if ((topicText !== undefined && topicId === undefined) || (pageText !== undefined && !/^[1-9]\d{0,3}$/.test(String(pageText)))) throw listNotFound()
        const page = pageText === undefined ? 1 : Number(pageText)
        const filter = topicId !== undefined ? { topicId } : {}
        const count = await countPublished(deps.db, { ...filter, faq: false })
        const pageCount = Math.max(1, Math.ceil(count / QUESTION_PAGE_SIZE))
        if (page > pageCount) throw listNotFound()
        const [faq, questions] = await Promise.all([
          page === 1 ? listPublished(deps.db, { ...filter, faq: true, limit: FAQ_MAX }) : [],
          listPublished(deps.db, { ...filter, faq: false, limit: QUESTION_PAGE_SIZE, offset: (page - 1) * QUESTION_PAGE_SIZE }),
        ])
        const main = publicListView({ paths, topics, topicId, faq, questions, page, pageCount }, locale)
        const topic = topics.find((x) => x.id === topicId)
        const title = [t('heading'), topic?.name, page > 1 ? t('pageOf', { page, pages: pageCount }) : undefined].filter(Boolean).join(' · ')
        const body = await deps.chrome.page({
          lang: paths.lang, title, description: t('intro'), canonicalPath: questionListUrl(paths, topicId, page), main,
          alternates: alternates((p) => questionListUrl(p, topicId, page)),
        })
        return deps.responder.send(req, reply, { contentType: HTML, body, tags: [QUESTION_LIST_TAG, 'layout'] })
      })

      app.get(paths.ask, async (_req, reply) => sendPage(reply, paths, 200, t('formHeading'), askFormView(await formModel(paths, {}), locale)))

      app.post(paths.ask, { schema: { body: AskForm, headers: PostHeaders } }, async (req, reply) => {
        const json = wantsJson(req)
        if (!fromOurPages(req)) return fail(reply, paths, json, 403, 'cross_site', t('crossSite'))
        const sent: SentAskForm = req.isMultipart() ? await readMultipartAsk(req) : { fields: req.body, file: undefined }
        try {
          return await receive(req, reply, paths, sent, json)
        } finally {
          await sent.file?.temp.discard()
        }
      })

      app.get(`${paths.list}/:slug`, { schema: { params: SlugParams } }, async (req, reply) => {
        const question = await findPublishedBySlug(deps.db, req.params.slug)
        if (!question) throw new NotFoundError('Question not found', 'Không tìm thấy câu hỏi này.')
        const [files, below] = await Promise.all([
          listQuestionFiles(deps.db, question.id, { public: true }),
          deps.contentParts ? deps.contentParts.below({ kind: 'question', id: question.id }, locale) : undefined,
        ])
        const main = questionPageView({ question, paths, files, ...(below ? { below } : {}) }, locale)
        const body = await deps.chrome.page({
          lang: paths.lang, title: question.title, description: question.body.slice(0, 200), canonicalPath: paths.question(question.slug), main,
          alternates: alternates((p) => p.question(question.slug)),
        })
        return deps.responder.send(req, reply, { contentType: HTML, body, tags: [questionTag(question.id), QUESTION_PAGES_TAG, 'layout'] })
      })
    }
  }

  /**
   * A question with its optional attachment: the file judged with the other fields (one page of
   * messages), stored only once the form is sound, recorded once the question has its id.
   */
  async function receive(req: FastifyRequest, reply: FastifyReply, paths: QuestionPaths, sent: SentAskForm, json: boolean): Promise<FastifyReply> {
    const locale = deps.chrome.locale(paths.lang)
    const t = locale.t(questionMessages)
    const values = readAskForm(sent.fields)
    let stored: StoredAttachment | undefined
    try {
      const judged = sent.file ? await judgeAttachment(sent.file, paths.lang) : undefined
      const fieldErrors = await deps.intake.topics().then((topics) => {
        try {
          validateAskForm(values, topics, t)
          return {}
        } catch (error) {
          if (error instanceof ValidationError) return error.fields
          throw error
        }
      })
      const errors = { ...fieldErrors, ...(judged && 'refused' in judged ? { attachment: judged.refused } : {}) }
      if (Object.keys(errors).length) throw new ValidationError(errors)
      if (sent.file && judged && 'kind' in judged) stored = await storeAttachment(deps.media, sent.file, judged.kind)
      const received = await deps.intake.ask(values, { ip: req.ip }, locale)
      if (stored) await recordAttachment(deps.db, (await findCaseByCode(deps.db, received.code))!.id, stored, deps.clock.now())
      if (json) return reply.code(200).header('cache-control', 'no-store').send({ code: received.code, dueOn: received.dueOn })
      return sendPage(reply, paths, 200, t('receivedTitle'), askAnswerView({ paths, received: true, ...received, dueOn: new Date(`${received.dueOn}T05:00:00Z`) }, locale))
    } catch (error) {
      if (stored) await deps.media.delete(stored.storageKey).catch(() => {})
      return answerRefusal(error, reply, {
        json, words: errorWords(locale), fail: (status, code, message, extra) => fail(reply, paths, json, status, code, message, extra),
        again: async (status, form) => sendPage(reply, paths, status, t('formHeading'), askFormView(await formModel(paths, { values: { ...values, website: '', challenge: '', nonce: '', answer: '' }, ...form }), locale)),
      })
    }
  }

  function listNotFound(): NotFoundError {
    return new NotFoundError('No such list of questions', 'Không có trang này trong danh sách hỏi đáp.')
  }

  async function formModel(paths: QuestionPaths, form: Partial<AskFormModel>): Promise<AskFormModel> {
    const [topics, retentionMonths] = await Promise.all([deps.intake.topics(), deps.intake.retentionMonths()])
    return { paths, values: emptyAskValues(), errors: {}, topics, retentionMonths, ...form }
  }

  async function sendPage(reply: FastifyReply, paths: QuestionPaths, status: number, title: string, main: SafeHtml): Promise<FastifyReply> {
    const body = await deps.chrome.page({ lang: paths.lang, title, main })
    return reply.code(status).header('cache-control', 'no-store').header('x-robots-tag', 'noindex').type(HTML).send(body.toString())
  }

  async function fail(reply: FastifyReply, paths: QuestionPaths, json: boolean, status: number, code: string, message: string, extra: Record<string, unknown> = {}): Promise<FastifyReply> {
    if (!json) return sendPage(reply, paths, status, deps.chrome.locale(paths.lang).t(questionMessages)('failedTitle'), askAnswerView({ paths, problem: message }, deps.chrome.locale(paths.lang)))
    return sendJsonFailure(reply, status, code, message, extra)
  }
}
