import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { compressed, COMPRESS_FROM_BYTES, isCompressibleType, preferredEncoding, type Encoding } from './compression.ts'

// Anonymous pages bring their compressed copies with them (public-response.ts); everything
// else Fastify sends (search results, error pages, the newsroom, API answers) is compressed
// here, for this answer alone, on the thread pool. A request without Accept-Encoding (the
// bench, most scripts) gets its bytes as before, with one header more.

export function compressResponses(app: FastifyInstance): void {
  app.addHook('onSend', (req, reply, payload, done) => {
    if ((typeof payload !== 'string' && !Buffer.isBuffer(payload)) || !worthCompressing(reply, payload)) return done(null, payload)
    // The answer depends on Accept-Encoding from here on, whether or not this one is compressed.
    addVary(reply)
    const encoding = wantedEncoding(req)
    if (!encoding) return done(null, payload)
    compressed(typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload, encoding, 'response').then((body) => {
      reply.header('content-encoding', encoding).removeHeader('content-length')
      // Same content, other bytes: a strong validator would claim they are the same bytes.
      const etag = reply.getHeader('etag')
      if (typeof etag === 'string' && !etag.startsWith('W/')) reply.header('etag', `W/${etag}`)
      return body
    }, (error: unknown) => {
      req.log.error({ err: error }, 'compressing an answer failed; it goes out uncompressed')
      return payload
    }).then((body) => done(null, body)).catch((error: unknown) => req.log.error({ err: error }, 'sending an answer failed'))
  })
}

function worthCompressing(reply: FastifyReply, payload: string | Buffer): boolean {
  const status = reply.statusCode
  if (status < 200 || status === 204 || status === 206 || status === 304) return false
  if (reply.hasHeader('content-encoding') || reply.hasHeader('content-range')) return false
  // A string's UTF-8 bytes are at least as many as its UTF-16 units: counted only when it is short.
  const big = payload.length >= COMPRESS_FROM_BYTES || (typeof payload === 'string' && Buffer.byteLength(payload, 'utf8') >= COMPRESS_FROM_BYTES)
  return big && isCompressibleType(String(reply.getHeader('content-type') ?? ''))
}

/** None for HEAD (no body to compress) nor for a part of a body (Range: its offsets count the bytes as they are). */
function wantedEncoding(req: FastifyRequest): Encoding | undefined {
  if (req.method === 'HEAD' || req.headers.range !== undefined) return undefined
  return preferredEncoding(req.headers['accept-encoding'])
}

function addVary(reply: FastifyReply): void {
  const vary = reply.getHeader('vary')
  if (vary === undefined) reply.header('vary', 'Accept-Encoding')
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(String(vary))) reply.header('vary', `${String(vary)}, Accept-Encoding`)
}
