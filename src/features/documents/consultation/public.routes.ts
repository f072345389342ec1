import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { AppError, NotFoundError } from '../../../platform/http/errors.ts'
import type { PublicResponder } from '../../../platform/http/public-response.ts'
import type { Lang } from '../../../platform/i18n/index.ts'
import type { SafeHtml } from '../../../platform/views/html.ts'
import { answerRefusal, errorWords, fromOurPages, sendJsonFailure, wantsJson } from '../../comments/index.ts'
import type { PortalChrome } from '../../site/index.ts'
import { readConsultationForm } from './consultation-form.ts'
import type { ConsultedDocument } from './consultation.repository.ts'
import { ConsultationForm, PostHeaders, SlugParams } from './consultation.schemas.ts'
import type { Consultation } from './consultation.service.ts'
import { consultationMessages } from './messages.ts'
import { consultationAnswerView, consultationPageView } from './views/consultation-answer.view.ts'
import { consultationAction, type ConsultationFormModel } from './views/consultation-section.view.ts'

export interface PublicConsultationDeps {
  consultation: Consultation
  chrome: PortalChrome
  responder: PublicResponder
  /** The page-cache tag of one document's page. */
  documentTag: (id: number) => string
}

const titleOf = (d: ConsultedDocument) => d.title || `${d.number} ${d.summary}`.trim()

/** Where each language has the draft's page (the register's paths) and its consultation's own page. */
const EDITIONS: readonly { lang: Lang; document: (slug: string) => string }[] = [
  { lang: 'vi', document: (slug) => `/van-ban/${slug}` },
  { lang: 'en', document: (slug) => `/en/documents/${slug}` },
]

// Posting happens outside the cached document page, as readers' comments do: the page is the
// same bytes for everyone and nothing here sets a cookie. There is no CSRF token because there
// is no session to ride on; the Origin / Sec-Fetch-Site check stops other sites from posting
// through their visitors' browsers. Each language has its edition (/van-ban/<slug>/gop-y and
// /en/documents/<slug>/comments), answering in its words, each naming the other (hreflang).
export function publicConsultationRoutes(deps: PublicConsultationDeps) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    for (const edition of EDITIONS) await app.register(editionRoutes(deps, edition))
  }
}

function editionRoutes(deps: PublicConsultationDeps, edition: (typeof EDITIONS)[number]) {
  const locale = deps.chrome.locale(edition.lang)
  const t = locale.t(consultationMessages)
  const words = errorWords(locale)
  const documentUrl = (d: ConsultedDocument) => edition.document(d.slug)
  const path = (slug: string) => consultationAction(slug, edition.lang)
  const alternates = (slug: string) => EDITIONS.map((e) => ({ lang: e.lang, path: consultationAction(slug, e.lang) }))

  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

    // The consultation on a page of its own (a link to share, a form to come back to): cached, purged with the document.
    app.get(path(':slug'), { schema: { params: SlugParams } }, async (req, reply) => {
      const document = await deps.consultation.consulted(req.params.slug)
      const main = consultationPageView({ documentTitle: titleOf(document), documentUrl: documentUrl(document), section: await deps.consultation.section(document, locale) }, locale)
      const body = await deps.chrome.page({ lang: edition.lang, title: t('pageTitle'), canonicalPath: path(document.slug), alternates: alternates(document.slug), main })
      return deps.responder.send(req, reply, { contentType: 'text/html; charset=utf-8', body, tags: [deps.documentTag(document.id), 'layout'] })
    })

    app.post(path(':slug'), { schema: { params: SlugParams, body: ConsultationForm, headers: PostHeaders } }, async (req, reply) => {
      const json = wantsJson(req)
      if (!fromOurPages(req)) return fail(reply, json, 403, 'cross_site', t('crossSite'))
      let document: ConsultedDocument
      try {
        document = await deps.consultation.consulted(req.params.slug)
      } catch (error) {
        if (error instanceof AppError) return fail(reply, json, error.status, error.code, words(error))
        throw error
      }
      const values = readConsultationForm(req.body)
      const again = async (status: number, form: Partial<ConsultationFormModel>) => {
        const model: ConsultationFormModel = { values: { ...values, website: '', challenge: '', nonce: '', answer: '' }, errors: {}, ...form }
        const section = await deps.consultation.section(document, locale, model)
        return sendPage(reply, status, t('pageTitle'), consultationPageView({ documentTitle: titleOf(document), documentUrl: documentUrl(document), section }, locale))
      }
      try {
        await deps.consultation.submit(document, values, { ip: req.ip }, locale)
        if (json) return reply.code(200).header('cache-control', 'no-store').send({ status: 'pending', message: t('receivedMessage') })
        return sendPage(reply, 200, t('receivedTitle'), consultationAnswerView({ received: true, documentTitle: titleOf(document), documentUrl: documentUrl(document) }, locale))
      } catch (error) {
        // A refusal's own page leads back to the draft.
        return answerRefusal(error, reply, { json, words, fail: (status, code, message, extra) => fail(reply, json, status, code, message, extra, documentUrl(document)), again })
      }
    })
  }

  async function sendPage(reply: FastifyReply, status: number, title: string, main: SafeHtml): Promise<FastifyReply> {
    const body = await deps.chrome.page({ lang: edition.lang, title, main })
    return reply.code(status).header('cache-control', 'no-store').header('x-robots-tag', 'noindex').type('text/html; charset=utf-8').send(body.toString())
  }

  async function fail(reply: FastifyReply, json: boolean, status: number, code: string, message: string, extra: Record<string, unknown> = {}, backTo?: string): Promise<FastifyReply> {
    if (!json) {
      if (status === 404) throw new NotFoundError('Not found', message)
      return sendPage(reply, status, t('failedTitle'), consultationAnswerView({ problem: message, ...(backTo ? { documentUrl: backTo } : {}) }, locale))
    }
    return sendJsonFailure(reply, status, code, message, extra)
  }
}
