import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, brotliCompressSync, constants as zlib, gzip, gzipSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { NotFoundError } from './errors.ts'
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

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

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

/**
 * A hashed asset made while the portal runs (a script bundled on first use): its address at
 * once, its bytes compressed on libuv's thread pool (the best levels of a large script take a
 * second of CPU), so a page linking it need not wait for them.
 */
export function hashedAssetInBackground(name: string, content: Buffer, type: Exclude<AssetType, 'woff2'>): { url: string; ready: Promise<HashedAsset> } {
  const hash = createHash('sha1').update(content).digest('hex').slice(0, 12)
  const url = `/assets/${name}-${hash}.${type}`
  const ready = Promise.all([
    gzipAsync(content, { level: 9 }),
    brotliAsync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length } }),
  ]).then(([gzip, brotli]) => ({ url, body: content, contentType: TYPES[type], compressed: { gzip, brotli } }))
  // Whoever asks for the asset hears of a failure; unasked, it must not stop the process.
  ready.catch(() => undefined)
  return { url, ready }
}

/**
 * Serves an asset known only once it is made: `/assets/<name>-<hash>.<type>` answers the
 * current bytes when the hash matches, through the same responder (and its ready compressed
 * copies) as the others; any other hash is a 404.
 */
export function serveHashedAssetWhenMade(app: FastifyInstance, responder: PublicResponder, name: string, type: Exclude<AssetType, 'woff2'>, make: () => Promise<HashedAsset>): void {
  app.get(`/assets/${name}-:hash.${type}`, async (req, reply) => {
    const asset = await make()
    if (req.url.split('?')[0] !== asset.url) throw new NotFoundError('No such asset', 'Không tìm thấy tệp này.')
    return responder.send(req, reply, {
      contentType: asset.contentType, body: asset.body, tags: ['asset'], cacheControl: IMMUTABLE,
      ...(asset.compressed ? { compressed: asset.compressed } : {}),
    })
  })
}
