import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/connect.ts'
import { AppError } from '../../platform/http/errors.ts'
import { serveHashedAsset } from '../../platform/http/hashed-asset.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { once } from '../../platform/http/request-schemas.ts'
import type { Lang, Locale } from '../../platform/i18n/index.ts'
import type { SafeHtml } from '../../platform/views/html.ts'
import { errorWords, fromOurPages, sendJsonFailure, wantsJson } from '../comments/index.ts'
import type { PortalChrome } from '../site/index.ts'
import { ratingMessages, surveyMessages } from './messages.ts'
import { RATING_SCRIPT } from './rating-script.ts'
import { RatedItemParams, RatingForm, ReaderPostHeaders, SurveyForm } from './rating.schemas.ts'
import { COMMENT_MAX, readRating, readSurvey } from './rating.ts'
import { surveyTotals } from './rating.repository.ts'
import { RatingRateLimitedError, type Ratings } from './ratings.service.ts'
import { SURVEY_PATHS, SURVEY_RESULTS_TAG, type SurveyPaths } from './survey-paths.ts'
import { ratingAnswerView } from './views/rating-form.view.ts'
import { surveyFormView, surveyResultsView } from './views/survey.view.ts'

export interface PublicRatingDeps {
  db: Db
  ratings: Ratings
  chrome: PortalChrome
  responder: PublicResponder
}

// The answers are posted outside the cached pages, which stay the same bytes for every reader:
// nothing here sets a cookie. As with readers' comments there is no CSRF token (no session to
// ride on), and the Origin / Sec-Fetch-Site check stops other sites from posting for their visitors.
export function publicRatingRoutes(deps: PublicRatingDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    serveHashedAsset(fastify, deps.responder, RATING_SCRIPT)

    app.post('/danh-gia/:kind/:id', { schema: { params: RatedItemParams, body: RatingForm, headers: ReaderPostHeaders } }, async (req, reply) => {
      const locale = deps.chrome.locale(once(req.body['ngon-ngu']) === 'en' ? 'en' : 'vi')
      const t = locale.t(ratingMessages)
      const json = wantsJson(req)
      try {
        if (!fromOurPages(req)) return await fail(reply, json, locale, 403, 'cross_site', t('crossSite'))
        const item = await deps.ratings.ratedItem(req.params.kind, req.params.id)
        const counted = await deps.ratings.rate(item, readRating(req.body), readerOf(req))
        if (json) return reply.code(200).header('cache-control', 'no-store').send({ counted, message: t('thanks') })
        return await sendPage(reply, 200, locale, t('thanksTitle'), ratingAnswerView({ title: t('thanksTitle'), message: t('thanksMessage'), backUrl: item.address }, locale))
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        if (error instanceof RatingRateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds))
        return fail(reply, json, locale, error.status, error.code, errorWords(locale)(error))
      }
    })

    for (const paths of Object.values(SURVEY_PATHS)) {
      app.get(paths.form, async (req, reply) => {
        const locale = deps.chrome.locale(paths.lang)
        const body = await deps.chrome.page({ lang: paths.lang, title: locale.t(surveyMessages)('title'), canonicalPath: paths.form, alternates: alternates('form'), main: surveyFormView({ action: paths.form, resultsUrl: paths.results }, locale) })
        return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: ['layout'] })
      })
      app.post(paths.form, { schema: { body: SurveyForm, headers: ReaderPostHeaders } }, (req, reply) => answerSurvey(req, reply, paths, req.body))
      app.get(paths.results, async (req, reply) => {
        const locale = deps.chrome.locale(paths.lang)
        const totals = await surveyTotals(deps.db)
        const body = await deps.chrome.page({ lang: paths.lang, title: locale.t(surveyMessages)('resultsTitle'), canonicalPath: paths.results, alternates: alternates('results'), main: surveyResultsView({ totals, surveyUrl: paths.form }, locale) })
        return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [SURVEY_RESULTS_TAG, 'layout'] })
      })
    }
  }

  async function answerSurvey(req: FastifyRequest, reply: FastifyReply, paths: SurveyPaths, form: Record<string, string | string[] | undefined>) {
    const locale = deps.chrome.locale(paths.lang)
    const t = locale.t(surveyMessages)
    const title = t('title')
    const values = Object.fromEntries(Object.entries(form).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])))
    const again = (status: number, shown: { problems?: Record<string, string>; message?: string }) =>
      sendPage(reply, status, locale, title, surveyFormView({ action: paths.form, resultsUrl: paths.results, values, ...shown }, locale))
    if (!fromOurPages(req)) return again(403, { message: locale.t(ratingMessages)('crossSite') })
    const read = readSurvey(form)
    if ('problems' in read) {
      const problems = Object.fromEntries(Object.entries(read.problems).map(([field, key]) => [field, key === 'commentTooLong' ? t('commentTooLong', { max: COMMENT_MAX }) : t(key)]))
      return again(422, { problems })
    }
    try {
      const counted = await deps.ratings.answerSurvey(read.answer, readerOf(req))
      return await sendPage(reply, 200, locale, t('thanksTitle'), ratingAnswerView({ title: t('thanksTitle'), message: counted ? t('thanksMessage') : t('alreadyMessage'), backUrl: paths.results }, locale))
    } catch (error) {
      if (!(error instanceof RatingRateLimitedError)) throw error
      reply.header('retry-after', String(error.retryAfterSeconds))
      return again(429, { message: errorWords(locale)(error) })
    }
  }

  async function sendPage(reply: FastifyReply, status: number, locale: Locale, title: string, main: SafeHtml): Promise<FastifyReply> {
    const body = await deps.chrome.page({ lang: locale.lang, title, main, noindex: true })
    return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body.toString())
  }

  async function fail(reply: FastifyReply, json: boolean, locale: Locale, status: number, code: string, message: string): Promise<FastifyReply> {
    if (json) return sendJsonFailure(reply, status, code, message)
    const t = locale.t(ratingMessages)
    return sendPage(reply, status, locale, t('failedTitle'), ratingAnswerView({ title: t('failedTitle'), message, status: 'problem' }, locale))
  }
}

function readerOf(req: FastifyRequest) {
  return { ip: req.ip, userAgent: req.headers['user-agent'] ?? '' }
}

function alternates(page: 'form' | 'results'): { lang: Lang; path: string }[] {
  return Object.values(SURVEY_PATHS).map((p) => ({ lang: p.lang, path: p[page] }))
}
