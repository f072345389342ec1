import { readFileSync } from 'node:fs'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { BadRequestError, ForbiddenError, NotFoundError } from '../../platform/http/errors.ts'
import { hashedAsset, serveHashedAsset } from '../../platform/http/hashed-asset.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import type { ViewCounter } from './view-counter.ts'
import { ViewHeaders, ViewParams } from './view.schemas.ts'

/** Sends the view once the page is seen (browser/view-beacon.js). */
export const VIEW_BEACON_SCRIPT = hashedAsset('luot-doc', readFileSync(new URL('./browser/view-beacon.js', import.meta.url)), 'js')

/** What an article page carries so that reading it is counted (nothing without JavaScript). */
export function viewBeacon(articleId: number): SafeHtml {
  return html`<script src="${VIEW_BEACON_SCRIPT.url}" data-article-id="${String(articleId)}" defer></script>`
}

export interface ViewRouteDeps {
  counter: ViewCounter
  responder: PublicResponder
  /** The portal's configured address: a beacon from a page of another site is refused. */
  publicUrl: string
}

export function viewRoutes(deps: ViewRouteDeps) {
  const ownHost = new URL(deps.publicUrl).host
  return async function routes(app: FastifyInstance): Promise<void> {
    serveHashedAsset(app, deps.responder, VIEW_BEACON_SCRIPT)

    // Anyone may send one; repeats and robots are not counted (see ViewCounter). Nothing is
    // answered that would tell which, and nothing is set on the reader. An id readers cannot see
    // (unknown, a draft, unpublished) is 404 alike.
    app.withTypeProvider<TypeBoxTypeProvider>().post('/luot-doc/:articleId', { schema: { params: ViewParams, headers: ViewHeaders } }, async (req, reply) => {
      const { articleId } = req.params
      if (!/^[1-9]\d{0,9}$/.test(articleId)) throw new BadRequestError('invalid article id', 'Mã bài viết không hợp lệ.', 'invalid_id')
      if (!fromOwnPage(req, ownHost)) throw new ForbiddenError('views are counted from the portal\'s own pages')
      if (!(await deps.counter.isCountable(Number(articleId)))) throw new NotFoundError()
      deps.counter.record(Number(articleId), req.ip)
      return reply.code(204).header('cache-control', 'no-store').send()
    })
  }
}

// Browsers send Origin with a beacon; a page of another site could otherwise inflate the counts
// from its readers' browsers. (Scripts outside a browser can send any Origin: the counter's
// limits per address are what hold them.)
function fromOwnPage(req: FastifyRequest, ownHost: string): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  try {
    const host = new URL(origin).host
    return host === ownHost || host === req.headers.host
  } catch {
    return false
  }
}
