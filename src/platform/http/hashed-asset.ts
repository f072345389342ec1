import { createHash } from 'node:crypto'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import type { PublicResponder } from './public-response.ts'

/**
 * A stylesheet, script or font the pages link to under its content hash, so browsers keep it for
 * a year and a new version gets a new address. Text is compressed once, when the asset is made
 * (at start), at the best levels: every reader after that gets the same ready bytes.
 */
export interface HashedAsset {
  url: string
  body: Buffer
  contentType: string
  /** gzip and brotli of a text asset; undefined for a font, which is compressed already. */
  compressed: { gzip: Buffer; brotli: Buffer } | undefined
}

const TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', woff2: 'font/woff2' } as const
export type AssetType = keyof typeof TYPES

export const IMMUTABLE = 'public, max-age=31536000, immutable'

export function hashedAsset(name: string, content: string | Buffer, type: AssetType): HashedAsset {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  const hash = createHash('sha1').update(body).digest('hex').slice(0, 12)
  return { url: `/assets/${name}-${hash}.${type}`, body, contentType: TYPES[type], compressed: type === 'woff2' ? undefined : compressOnce(body) }
}

function compressOnce(body: Buffer): { gzip: Buffer; brotli: Buffer } {
  return {
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  }
}

export function serveHashedAsset(app: FastifyInstance, responder: PublicResponder, asset: HashedAsset): void {
  app.get(asset.url, async (req, reply) => responder.send(req, reply, {
    contentType: asset.contentType, body: asset.body, tags: ['asset'], cacheControl: IMMUTABLE,
    ...(asset.compressed ? { compressed: asset.compressed } : {}),
  }))
}
