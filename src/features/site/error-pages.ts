import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isDatabaseUnavailable } from '../../platform/db/unavailable.ts'
import { AppError } from '../../platform/http/errors.ts'
import { escapeHtml } from '../../platform/views/html.ts'
import type { PortalChrome } from './portal-chrome.ts'
import { errorPageView } from './views/error-page.view.ts'

// Forms now have schemas too: a body of the wrong shape (not a form a browser sends) is named as such.
const VALIDATION_VI: Record<string, string> = {
  params: 'Yêu cầu không hợp lệ: tham số trên đường dẫn không đúng.',
  querystring: 'Yêu cầu không hợp lệ: tham số trên đường dẫn không đúng.',
  body: 'Yêu cầu không hợp lệ: dữ liệu biểu mẫu gửi lên không đúng dạng.',
}

interface Problem {
  status: number
  code: string
  message: string
  messageVi: string
}

// One place turns every failure into an answer: JSON with a stable code under /api, a
// Vietnamese page elsewhere. A reader never sees a stack trace.
export interface ErrorPages {
  /** For the router's own errors (a malformed URL), which never reach the error handler. */
  frameworkError(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void
}

export function registerErrorPages(app: FastifyInstance, chrome: PortalChrome): ErrorPages {
  app.setNotFoundHandler((req, reply) =>
    respond(req, reply, { status: 404, code: 'not_found', message: 'Not found', messageVi: 'Không tìm thấy trang bạn yêu cầu. Có thể đường dẫn đã thay đổi hoặc bài viết không còn.' }))

  app.setErrorHandler((error: FastifyError, req, reply) => respond(req, reply, problemOf(error, req)))

  async function respond(req: FastifyRequest, reply: FastifyReply, problem: Problem) {
    // A 404 may turn into a page any minute (a scheduled article), so browsers must ask again.
    reply.code(problem.status).header('cache-control', problem.status === 404 ? 'no-cache' : 'no-store')
    if (problem.status === 503) reply.header('retry-after', '5')
    if (req.url.startsWith('/api/')) return reply.send({ error: { code: problem.code, message: problem.message } })
    reply.type('text/html; charset=utf-8')
    try {
      const title = problem.status === 404 ? 'Không tìm thấy trang' : 'Lỗi'
      return reply.send(await chrome.page({ title, main: errorPageView(problem.status, problem.messageVi) }))
    } catch {
      // The chrome needs the database; when that is the problem, a bare page still answers.
      return reply.send(`<!doctype html><html lang="vi"><meta charset="utf-8"><title>Lỗi</title><h1>Lỗi</h1><p>${escapeHtml(problem.messageVi)}</p><p><a href="/">Trang chủ</a></p></html>`)
    }
  }

  return {
    frameworkError(error, req, reply) {
      void respond(req, reply, problemOf(error, req))
    },
  }

  function problemOf(error: FastifyError, req: FastifyRequest): Problem {
    if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message, messageVi: error.messageVi }
    if (error.validation) {
      return { status: 400, code: 'invalid_request', message: error.message, messageVi: VALIDATION_VI[error.validationContext ?? ''] ?? 'Yêu cầu không hợp lệ.' }
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return { status: error.statusCode, code: (error.code ?? 'bad_request').toLowerCase(), message: error.message, messageVi: 'Yêu cầu không hợp lệ.' }
    }
    if (isDatabaseUnavailable(error)) {
      req.log.warn({ err: error }, 'database unavailable')
      return { status: 503, code: 'service_unavailable', message: 'Service temporarily unavailable', messageVi: 'Hệ thống tạm thời gián đoạn. Xin vui lòng thử lại sau ít phút.' }
    }
    req.log.error({ err: error }, 'unhandled error')
    return { status: 500, code: 'internal_error', message: 'Internal error', messageVi: 'Hệ thống đang gặp sự cố. Xin vui lòng thử lại sau ít phút.' }
  }
}
