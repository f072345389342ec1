import type { FastifyReply, FastifyRequest } from 'fastify'
import { etagOf, preparePage, type PageCache, type PageInput } from '../cache/page-cache.ts'
import { sendCachedPage } from './cached-server.ts'

// Anonymous pages may be kept by browsers and proxies briefly, and served stale while a
// fresh copy is fetched; our own memory cache is purged the moment something changes.
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300'

export interface PublicResponder {
  /** Sends an anonymous response and, when caching is on, keeps it for the next reader. */
  send(req: FastifyRequest, reply: FastifyReply, input: Omit<PageInput, 'cacheControl'> & { cacheControl?: string }): FastifyReply
}

export function createPublicResponder(cache: PageCache, cachingEnabled: boolean): PublicResponder {
  return {
    send(req, reply, input) {
      const full: PageInput = { cacheControl: PUBLIC_CACHE_CONTROL, ...input }
      if (cachingEnabled && (req.method === 'GET' || req.method === 'HEAD')) {
        const page = preparePage(full)
        cache.set(req.url, page)
        reply.hijack()
        sendCachedPage(req.raw, reply.raw, page)
        return reply
      }
      const body = typeof full.body === 'string' ? Buffer.from(full.body, 'utf8') : full.body
      const etag = etagOf(body)
      reply.headers({ 'content-type': full.contentType, 'cache-control': full.cacheControl, etag, ...full.extraHeaders })
      if (req.headers['if-none-match'] === etag) return reply.code(304).send()
      return reply.code(full.status ?? 200).send(body)
    },
  }
}
