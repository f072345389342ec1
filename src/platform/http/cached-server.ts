import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { CachedPage, PageCache, PageVariant } from '../cache/page-cache.ts'
import { preferredEncoding } from './compression.ts'
import { handOverFill, PageFills } from './page-fills.ts'
import { withoutSharingParams } from './sharing-params.ts'

// A cache hit is answered here, before Fastify routes anything: that is what keeps an
// anonymous page close to the speed of a bare node:http server. Everything else
// (misses, the newsroom, POSTs) goes on to Fastify.
export const NEWSROOM_COOKIE_PREFIX = 'ts_'

export interface CachedServerOptions {
  /** Concurrent misses of one page render it once (on whenever the page cache is). */
  shareFills?: boolean
}

export function createCachedServer(cache: PageCache, fallback: (req: IncomingMessage, res: ServerResponse) => void, options: CachedServerOptions = {}): Server {
  const fills = options.shareFills === false ? undefined : new PageFills(cache)
  return createServer((req, res) => {
    req.url = withoutSharingParams(req.url ?? '/')
    if (req.method === 'GET' || req.method === 'HEAD') {
      const key = req.url
      const headers = readRequestHeaders(req.rawHeaders)
      if (!headers.cookie?.includes(NEWSROOM_COOKIE_PREFIX)) {
        const page = cache.get(key)
        if (page) return respond(req, res, page, headers)
        if (fills) return fills.join(key, req, res, () => fallback(req, res), (filled) => respond(req, res, filled, headers))
      }
    }
    fallback(req, res)
  })
}

interface CacheRelevantHeaders {
  cookie?: string
  ifNoneMatch?: string
  acceptEncoding?: string
  /** A part of the page was asked for: it is answered whole, and uncompressed. */
  range?: boolean
}

// Node builds req.headers lazily, and building it cost a measurable share of a cache hit;
// the headers a hit depends on are read straight from the raw list.
function readRequestHeaders(raw: string[]): CacheRelevantHeaders {
  const found: CacheRelevantHeaders = {}
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!
    if (name.length === 6 && name.toLowerCase() === 'cookie') found.cookie = (found.cookie ? found.cookie + '; ' : '') + raw[i + 1]
    else if (name.length === 13 && name.toLowerCase() === 'if-none-match') found.ifNoneMatch = raw[i + 1]
    else if (name.length === 15 && name.toLowerCase() === 'accept-encoding') found.acceptEncoding = raw[i + 1]
    else if (name.length === 5 && name.toLowerCase() === 'range') found.range = true
  }
  return found
}

export function sendCachedPage(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
  handOverFill(req, page)
  respond(req, res, page, readRequestHeaders(req.rawHeaders))
}

function respond(req: IncomingMessage, res: ServerResponse, page: CachedPage, headers: CacheRelevantHeaders): void {
  if (page.status === 200 && headers.ifNoneMatch !== undefined && matchesEtag(headers.ifNoneMatch, page.etag)) {
    res.writeHead(304, page.notModifiedHeaders as string[])
    res.end()
    return
  }
  const variant = headers.range ? page.identity : chooseVariant(headers.acceptEncoding, page)
  res.writeHead(page.status, variant.headers as string[])
  res.end(req.method === 'HEAD' ? undefined : variant.body)
}

/** If-None-Match may list several tags, or "*". */
function matchesEtag(header: string, etag: string): boolean {
  return header === etag || header.trim() === '*' || header.split(',').some((tag) => tag.trim() === etag)
}

function chooseVariant(accept: string | undefined, page: CachedPage): PageVariant {
  if (accept === undefined) return page.identity
  const encoding = preferredEncoding(accept)
  return (encoding === 'br' ? page.brotli : encoding === 'gzip' ? page.gzip : undefined) ?? page.identity
}
