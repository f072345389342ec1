import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isDatabaseUnavailable } from '../../platform/db/unavailable.ts'
import { AppError } from '../../platform/http/errors.ts'
import { say, type Phrase } from '../../platform/i18n/index.ts'
import { escapeHtml } from '../../platform/views/html.ts'
import { siteMessages } from './messages.ts'
import { languageOfPath, portalPaths } from './portal-paths.ts'
import type { PortalChrome } from './portal-chrome.ts'
import { errorPageView } from './views/error-page.view.ts'

type SiteMessage = 'notFoundMessage' | 'invalidPathMessage' | 'invalidFormMessage' | 'badRequestMessage' | 'unavailableMessage' | 'failureMessage'

interface Problem {
  status: number
  code: string
  message: string
  /** What the page says: the error's own Vietnamese message, or one from the catalogue. */
  messageVi: string | { key: SiteMessage }
  phrase?: Phrase | undefined
}

// One place turns every failure into an answer: JSON with a stable code under /api, a
// Vietnamese page elsewhere. A reader never sees a stack trace.
export interface ErrorPages {
  /** For the router's own errors (a malformed URL), which never reach the error handler. */
  frameworkError(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void
}

export function registerErrorPages(app: FastifyInstance, chrome: PortalChrome): ErrorPages {
  app.setNotFoundHandler((req, reply) =>
    respond(req, reply, { status: 404, code: 'not_found', message: 'Not found', messageVi: { key: 'notFoundMessage' } }))

  app.setErrorHandler((error: FastifyError, req, reply) => respond(req, reply, problemOf(error, req)))

  async function respond(req: FastifyRequest, reply: FastifyReply, problem: Problem) {
    // A 404 may turn into a page any minute (a scheduled article), so browsers must ask again.
    reply.code(problem.status).header('cache-control', problem.status === 404 ? 'no-cache' : 'no-store')
    if (problem.status === 503) reply.header('retry-after', '5')
    if (req.url.startsWith('/api/')) return reply.send({ error: { code: problem.code, message: problem.message } })
    reply.type('text/html; charset=utf-8')
    const lang = languageOfPath(req.url)
    const locale = chrome.locale(lang)
    const t = locale.t(siteMessages)
    // Errors of the Vietnamese portal carry their own Vietnamese words; under /en/ the general one for the status.
    const message = problem.phrase ? say(locale, problem.phrase)
      : typeof problem.messageVi !== 'string' ? t(problem.messageVi.key)
      : lang === 'vi' ? problem.messageVi : t(generalMessage(problem.status))
    try {
      const title = problem.status === 404 ? t('notFoundTitle') : t('errorTitle')
      return reply.send((await chrome.page({ title, lang, main: errorPageView(problem.status, message, locale) })).toString())
    } catch {
      // The chrome needs the database; when that is the problem, a bare page still answers.
      return reply.send(`<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${escapeHtml(t('errorTitle'))}</title><h1>${escapeHtml(t('errorTitle'))}</h1><p>${escapeHtml(message)}</p><p><a href="${portalPaths(lang).home}">${escapeHtml(t('home'))}</a></p></html>`)
    }
  }

  return {
    frameworkError(error, req, reply) {
      void respond(req, reply, problemOf(error, req))
    },
  }

  function problemOf(error: FastifyError, req: FastifyRequest): Problem {
    if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message, messageVi: error.messageVi, phrase: error.phrase }
    if (error.validation) {
      // Forms have schemas too: a body of the wrong shape (not a form a browser sends) is named as such.
      return { status: 400, code: 'invalid_request', message: error.message, messageVi: { key: error.validationContext === 'body' ? 'invalidFormMessage' : 'invalidPathMessage' } }
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return { status: error.statusCode, code: (error.code ?? 'bad_request').toLowerCase(), message: error.message, messageVi: { key: 'badRequestMessage' } }
    }
    if (isDatabaseUnavailable(error)) {
      req.log.warn({ err: error }, 'database unavailable')
      return { status: 503, code: 'service_unavailable', message: 'Service temporarily unavailable', messageVi: { key: 'unavailableMessage' } }
    }
    req.log.error({ err: error }, 'unhandled error')
    return { status: 500, code: 'internal_error', message: 'Internal error', messageVi: { key: 'failureMessage' } }
  }
}

function generalMessage(status: number): SiteMessage {
  return status === 404 ? 'notFoundMessage' : status === 503 ? 'unavailableMessage' : status >= 500 ? 'failureMessage' : 'badRequestMessage'
}
