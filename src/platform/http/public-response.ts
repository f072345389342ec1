import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { preparePage, withCompressedVariants, withOneCompressedVariant, type CachedPage, type PageCache, type PageInput } from '../cache/page-cache.ts'
import { BestCompression, compressPage } from '../cache/page-compression.ts'
import { sendCachedPage } from './cached-server.ts'
import { compressed, preferredEncoding, type CompressedCopies } from './compression.ts'

// Anonymous pages may be kept by browsers and proxies briefly, and served stale while a
// fresh copy is fetched; our own memory cache is purged the moment something changes.
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300'

export interface PublicResponder {
  /** Sends an anonymous response and, when caching is on, keeps it for the next reader. */
  send(req: FastifyRequest, reply: FastifyReply, input: PublicInput): FastifyReply
  /** Resolves when every kept page has its best compression (tests, the bench). */
  whenCompressed(): Promise<void>
  /**
   * A shorter lifetime for pages, feeds and JSON while something on every one of them must reach
   * readers quickly (an urgent alert): set by a part of a module, undefined when it is over. The
   * shortest of the parts' wins. Kept pages carry the header they were made with: purge them
   * after a change.
   */
  shortenLifetime(part: string, cacheControl: string | undefined): void
}

export type PublicInput = Omit<PageInput, 'cacheControl'> & {
  cacheControl?: string
  /** gzip and brotli made once already (hashed assets, at start): nothing is compressed per request. */
  compressed?: CompressedCopies
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
  const shortened = new Map<string, string>()
  const shortest = () => [...shortened.values()].reduce<string | undefined>((best, c) => (best === undefined || maxAgeOf(c) < maxAgeOf(best) ? c : best), undefined)
  /**
   * A page's lifetime: its own, or the usual one; while a part has shortened lifetimes, no page,
   * feed or JSON answer is kept longer than that by a browser (a search page's own minute
   * included). Files, pictures and hashed assets keep theirs: nothing on them changes with an alert.
   */
  const lifetimeOf = (contentType: string, own: string | undefined): string => {
    const short = shortest()
    const usual = own ?? PUBLIC_CACHE_CONTROL
    if (!short || !SHORTENED_TYPES.test(contentType) || !usual.startsWith('public') || maxAgeOf(usual) <= maxAgeOf(short)) return usual
    return short
  }
  // Pages some routes send themselves, past this responder (the English search).
  app.addHook('onSend', (_req, reply, payload, done) => {
    const own = reply.getHeader('cache-control')
    if (shortened.size > 0 && typeof own === 'string') reply.header('cache-control', lifetimeOf(String(reply.getHeader('content-type') ?? ''), own))
    done(null, payload)
  })
  const best = new BestCompression(cache, (error) => app.log.error({ err: error }, 'compressing a cached page failed; its faster compression stays'))
  return {
    send(req: TracedRequest, reply, input) {
      const cacheable = cachingEnabled && (req.method === 'GET' || req.method === 'HEAD') && req[STARTED_AT_GENERATION] === cache.generation
      // nginx in front (docs/deploy.md) keeps a page one second only: our purges reach readers at once.
      const page = preparePage({ ...input, cacheControl: lifetimeOf(input.contentType, input.cacheControl), extraHeaders: { 'x-accel-expires': '1', ...input.extraHeaders } })
      // Anonymous pages need nothing more of Fastify: no cookies, no hooks, just these bytes.
      reply.hijack()
      if (input.compressed && page.compressible) {
        const ready = withCompressedVariants(page, input.compressed.gzip, input.compressed.brotli, 'best')
        if (cacheable) cache.set(req.url, ready)
        sendCachedPage(req.raw, reply.raw, ready)
        return reply
      }
      if (!page.compressible) {
        if (cacheable) cache.set(req.url, page)
        sendCachedPage(req.raw, reply.raw, page)
        return reply
      }
      // A page that is not kept is compressed for this reader alone, in the one encoding asked
      // for; a reader who asks for none (the bench, a script) costs nothing more.
      if (!cacheable) {
        const encoding = req.method === 'GET' && req.headers.range === undefined ? preferredEncoding(req.headers['accept-encoding']) : undefined
        if (!encoding) {
          sendCachedPage(req.raw, reply.raw, page)
          return reply
        }
        compressed(page.identity.body, encoding, 'response')
          .then((body): CachedPage => withOneCompressedVariant(page, encoding, body), (error: unknown) => {
            req.log.error({ err: error }, 'compressing a page failed; it goes out uncompressed')
            return page
          })
          .then((ready) => sendCachedPage(req.raw, reply.raw, ready))
          .catch((error: unknown) => req.log.error({ err: error }, 'sending a page failed'))
        return reply
      }
      // Off the event loop (page-compression.ts). The first reader waits for the fast level
      // (a fraction of a millisecond) and gets bytes a few times smaller than the page: on a
      // phone's connection that saves far more than it costs. The best level comes later.
      compressPage(page, 'fast')
        .catch((error: unknown) => {
          req.log.error({ err: error }, 'compressing a page failed; it goes out uncompressed')
          return page
        })
        .then((compressed) => {
          // A purge while it was compressing may have been meant for this page.
          if (req[STARTED_AT_GENERATION] === cache.generation) {
            cache.set(req.url, compressed)
            best.schedule(req.url, compressed)
          }
          sendCachedPage(req.raw, reply.raw, compressed)
        })
        .catch((error: unknown) => req.log.error({ err: error }, 'sending a page failed'))
      return reply
    },
    whenCompressed: () => best.whenIdle(),
    shortenLifetime(part, cacheControl) {
      if (cacheControl === undefined) shortened.delete(part)
      else shortened.set(part, cacheControl)
    },
  }
}

const SHORTENED_TYPES = /^(text\/html|application\/rss\+xml|application\/json)\b/

/** How long a Cache-Control lets a copy be used, fresh or stale (max-age plus stale-while-revalidate). */
function maxAgeOf(cacheControl: string): number {
  const seconds = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(cacheControl)?.[1] ?? 0)
  return seconds('max-age') + seconds('stale-while-revalidate')
}
