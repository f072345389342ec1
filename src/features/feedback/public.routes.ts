import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { NotFoundError } from '../../platform/http/errors.ts'
import { once, readHeaders, sentFields } from '../../platform/http/request-schemas.ts'
import { citizenPage } from '../cases/index.ts'
import { answerRefusal, errorWords, fromOurPages, sendJsonFailure, wantsJson } from '../comments/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { localDateOf } from '../working-days/index.ts'
import { acceptFeedbackUploads, readSentForm } from './attachments.ts'
import { isMonth, monthBounds, monthlyFigures, monthsUpTo } from './feedback-figures.ts'
import { emptyFeedbackValues, readFeedbackValues, type FeedbackFormValues } from './feedback-form.ts'
import type { FeedbackIntake } from './feedback-intake.ts'
import { findRecordedByCode, listForFigures, listRecorded } from './feedback.repository.ts'
import { feedbackMessages } from './messages.ts'
import { feedbackFormView, sendAnswerView, type FeedbackFormModel } from './views/feedback-form.view.ts'
import { figuresView } from './views/figures.view.ts'
import { publicRecordView, recordedCaseView } from './views/public-record.view.ts'

/** The public record and the figures: cached pages, purged by 'feedback.changed'. */
export const FEEDBACK_TAG = 'feedback'
const PostHeaders = readHeaders('accept', 'sec-fetch-site', 'origin', 'host', 'content-type')
const RecordQuery = sentFields('thang')
/** A handled case's address: its code in lower case (/phan-anh/pa-2026-000045). */
const RECORDED_CODE = /^pa-\d{4}-\d{6}$/

export interface PublicFeedbackDeps {
  db: Db
  clock: Clock
  intake: FeedbackIntake
  chrome: PortalChrome
  responder: PublicResponder
}

// The form answers outside the cache and sets no cookie: there is no session for a CSRF token to
// ride on, so the Origin / Sec-Fetch-Site check stops other sites posting through their
// visitors' browsers (as the readers' comment forms and Hỏi đáp do).
export function publicFeedbackRoutes(deps: PublicFeedbackDeps) {
  const locale = deps.chrome.locale('vi')
  const t = locale.t(feedbackMessages)
  const words = errorWords(locale)
  const sendPage = citizenPage(deps.chrome)
  const today = () => localDateOf(deps.clock.now())
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    app.get('/phan-anh', { schema: { querystring: RecordQuery } }, async (req, reply) => {
      const current = today().slice(0, 7)
      const wanted = once(req.query.thang) ?? ''
      const month = isMonth(wanted) && wanted <= current ? wanted : current
      const { from, to } = monthBounds(month)
      const [previous] = monthsUpTo(month, 2)
      const next = month < current ? nextMonth(month) : undefined
      const main = publicRecordView({ month, previous: previous!, next, cases: await listRecorded(deps.db, from, to) }, locale)
      const body = await deps.chrome.page({ title: t('heading'), canonicalPath: month === current ? '/phan-anh' : `/phan-anh?thang=${month}`, main })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [FEEDBACK_TAG, 'layout'] })
    })

    app.get('/phan-anh/thong-ke', async (req, reply) => {
      const months = monthsUpTo(today().slice(0, 7))
      const cases = await listForFigures(deps.db, monthBounds(months[0]!).from, monthBounds(months.at(-1)!).to)
      const main = figuresView(monthlyFigures(cases, months, today()), locale)
      const body = await deps.chrome.page({ title: t('figuresHeading'), canonicalPath: '/phan-anh/thong-ke', main })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [FEEDBACK_TAG, 'layout'] })
    })

    // A handled case alone, where site search sends readers; an open one is not there (404).
    app.get<{ Params: { code: string } }>('/phan-anh/:code', async (req, reply) => {
      const recorded = RECORDED_CODE.test(req.params.code) ? await findRecordedByCode(deps.db, req.params.code.toUpperCase()) : undefined
      if (!recorded) throw new NotFoundError('No such handled feedback', t('caseNotFound'))
      const body = await deps.chrome.page({ title: `${recorded.code}: ${recorded.title}`, description: recorded.body.slice(0, 200), canonicalPath: `/phan-anh/${req.params.code}`, main: recordedCaseView(recorded, locale) })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [FEEDBACK_TAG, 'layout'] })
    })

    app.get('/phan-anh/gui', async (_req, reply) => sendPage(reply, 200, t('formHeading'), feedbackFormView(formModel({}), locale)))

    await app.register(async (withUploads) => {
      await acceptFeedbackUploads(withUploads)
      withUploads.withTypeProvider<TypeBoxTypeProvider>().post('/phan-anh/gui', { schema: { headers: PostHeaders } }, async (req, reply) => {
        const json = wantsJson(req)
        if (!fromOurPages(req)) return fail(reply, json, 403, 'cross_site', t('crossSite'))
        const sent = await readSentForm(req, t)
        const values = readFeedbackValues(sent.fields)
        try {
          const received = await deps.intake.send(values, sent.files, sent.fileError, { ip: req.ip }, t)
          if (json) return reply.code(200).header('cache-control', 'no-store').send({ code: received.code, dueOn: received.dueOn })
          return sendPage(reply, 200, t('receivedTitle'), sendAnswerView({ received: true, ...received }, locale))
        } catch (error) {
          return answerRefusal(error, reply, {
            json, words, fail: (status, code, message, extra) => fail(reply, json, status, code, message, extra),
            again: async (status, form) => sendPage(reply, status, t('formHeading'), feedbackFormView(formModel({ values: { ...values, website: '', challenge: '', nonce: '', answer: '' }, ...form }), locale)),
          })
        }
      })
    })
  }

  function formModel(form: Partial<FeedbackFormModel> & { values?: FeedbackFormValues }): FeedbackFormModel {
    return { values: emptyFeedbackValues(), errors: {}, today: today(), ...form }
  }

  async function fail(reply: FastifyReply, json: boolean, status: number, code: string, message: string, extra: Record<string, unknown> = {}): Promise<FastifyReply> {
    if (!json) return sendPage(reply, status, t('failedTitle'), sendAnswerView({ problem: message }, locale))
    return sendJsonFailure(reply, status, code, message, extra)
  }
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}
