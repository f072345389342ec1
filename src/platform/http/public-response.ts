import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { preparePage, type PageCache, type PageInput } from '../cache/page-cache.ts'
import { sendCachedPage } from './cached-server.ts'

// Anonymous pages may be kept by browsers and proxies briefly, and served stale while a
// fresh copy is fetched; our own memory cache is purged the moment something changes.
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300'

export interface PublicResponder {
  /** Sends an anonymous response and, when caching is on, keeps it for the next reader. */
  send(req: FastifyRequest, reply: FastifyReply, input: Omit<PageInput, 'cacheControl'> & { cacheControl?: string }): FastifyReply
}

const STARTED_AT_GENERATION = Symbol('page cache generation when the request arrived')
type TracedRequest = FastifyRequest & { [STARTED_AT_GENERATION]?: number }

export function createPublicResponder(app: FastifyInstance, cache: PageCache, cachingEnabled: boolean): PublicResponder {
  // A page rendered while something was purged may show the old version: send it, but do
  // not keep it, or it would outlive the purge that was meant to remove it.
  app.addHook('onRequest', (req: TracedRequest, _reply, done) => {
    req[STARTED_AT_GENERATION] = cache.generation
    done()
  })
  return {
    send(req: TracedRequest, reply, input) {
      const cacheable = cachingEnabled && (req.method === 'GET' || req.method === 'HEAD') && req[STARTED_AT_GENERATION] === cache.generation
      // Compressing pays off only for a page that is kept and sent many times.
      // nginx in front (docs/deploy.md) keeps a page one second only: our purges reach readers at once.
      const page = preparePage({ cacheControl: PUBLIC_CACHE_CONTROL, ...input, extraHeaders: { 'x-accel-expires': '1', ...input.extraHeaders } }, { compress: cacheable })
      if (cacheable) cache.set(req.url, page)
      // Anonymous pages need nothing more of Fastify: no cookies, no hooks, just these bytes.
      reply.hijack()
      sendCachedPage(req.raw, reply.raw, page)
      return reply
    },
  }
}
