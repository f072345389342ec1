import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { CachedPage, PageCache } from '../cache/page-cache.ts'

// A cache hit is answered here, before Fastify routes anything: that is what keeps an
// anonymous page close to the speed of a bare node:http server. Everything else
// (misses, the newsroom, POSTs) goes on to Fastify.
export const NEWSROOM_COOKIE_PREFIX = 'ts_'

export function createCachedServer(cache: PageCache, fallback: (req: IncomingMessage, res: ServerResponse) => void): Server {
  return createServer((req, res) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !hasNewsroomCookie(req)) {
      const page = cache.get(req.url ?? '/')
      if (page) return sendCachedPage(req, res, page)
    }
    fallback(req, res)
  })
}

function hasNewsroomCookie(req: IncomingMessage): boolean {
  const cookie = req.headers.cookie
  return cookie !== undefined && cookie.includes(NEWSROOM_COOKIE_PREFIX)
}

export function sendCachedPage(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  const headers: Record<string, string | number> = {
    'content-type': page.contentType,
    'cache-control': page.cacheControl,
    etag: page.etag,
    vary: 'Accept-Encoding',
    ...page.extraHeaders,
  }
  if (req.headers['if-none-match'] === page.etag && page.status === 200) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  const { body, encoding } = chooseEncoding(req.headers['accept-encoding'], page)
  if (encoding) headers['content-encoding'] = encoding
  headers['content-length'] = body.length
  res.writeHead(page.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

function chooseEncoding(accept: string | undefined, page: CachedPage): { body: Buffer; encoding?: string } {
  if (accept) {
    if (page.brotli && /\bbr\b/.test(accept)) return { body: page.brotli, encoding: 'br' }
    if (page.gzip && /\bgzip\b/.test(accept)) return { body: page.gzip, encoding: 'gzip' }
  }
  return { body: page.identity }
}
